using Regional.Api.Authorization;

namespace Regional.Functions.Tests.Api;

/// <summary>Callers as the platform presents them: the X-MS-CLIENT-PRINCIPAL header value, or none for a function-key client.</summary>
internal static class As
{
    public const string Chengdu = "510100";
    public const string Zigong = "510300";
    public const string Province = "510000";

    public static readonly string? FunctionKey = null;
    public static readonly string ProvinceViewer = Principal("pv", Roles.ProvinceViewer);
    public static readonly string Administrator = Principal("admin", Roles.Administrator);
    public static readonly string ChengduViewer = Principal("cd-viewer", Roles.RegionViewerOf(Chengdu));
    public static readonly string ChengduSubmitter = Principal("cd-submitter", Roles.RegionSubmitterOf(Chengdu));
    public static readonly string ChengduResponder = Principal("cd-responder", Roles.AlertResponderOf(Chengdu));
    public static readonly string ZigongSubmitter = Principal("zg-submitter", Roles.RegionSubmitterOf(Zigong));
    public static readonly string ProvinceSubmitter = Principal("bureau", Roles.RegionSubmitterOf(Province));
    public static readonly string NoRoles = Principal("nobody");

    /// <summary>Every caller of the access matrix, by name.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Everyone = new Dictionary<string, string?>
    {
        ["function-key"] = FunctionKey,
        ["province-viewer"] = ProvinceViewer,
        ["administrator"] = Administrator,
        ["chengdu-viewer"] = ChengduViewer,
        ["chengdu-submitter"] = ChengduSubmitter,
        ["chengdu-responder"] = ChengduResponder,
        ["zigong-submitter"] = ZigongSubmitter,
        ["no-roles"] = NoRoles,
    };

    public static string Principal(string name, params string[] roles) => ClientPrincipal.Encode(name, roles);
}
