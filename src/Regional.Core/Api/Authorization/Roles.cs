namespace Regional.Api.Authorization;

/// <summary>
/// The app roles the API knows (assigned as Entra app roles; see docs/http-api.md). A regional role names a region
/// code after the colon and covers that region and every region below it in the catalog's hierarchy.
/// </summary>
public static class Roles
{
    /// <summary>Reads everything, every region's alerts and submissions included; changes nothing.</summary>
    public const string ProvinceViewer = "province-viewer";

    /// <summary>Manages silences and targets, and reads everything.</summary>
    public const string Administrator = "administrator";

    /// <summary><c>region-viewer:&lt;code&gt;</c>: the published comparison plus the region's own alerts and submissions.</summary>
    public const string RegionViewer = "region-viewer";

    /// <summary><c>region-submitter:&lt;code&gt;</c>: as a viewer, and submits figures for the region.</summary>
    public const string RegionSubmitter = "region-submitter";

    /// <summary><c>alert-responder:&lt;code&gt;</c>: as a viewer, and acknowledges the region's alerts.</summary>
    public const string AlertResponder = "alert-responder";

    public static string RegionViewerOf(string code) => $"{RegionViewer}:{code}";

    public static string RegionSubmitterOf(string code) => $"{RegionSubmitter}:{code}";

    public static string AlertResponderOf(string code) => $"{AlertResponder}:{code}";
}
