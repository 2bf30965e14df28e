using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Api.Authorization;

public enum CallerKind
{
    /// <summary>A person or app signed in through App Service Authentication (or a development principal).</summary>
    Principal,

    /// <summary>A client that passed the function-key check without a signed-in principal: province-viewer rights only.</summary>
    FunctionKey,

    /// <summary>An anonymous endpoint's caller (health, OpenAPI): no rights.</summary>
    Anonymous,
}

/// <summary>
/// Who is calling and what their roles allow. A regional role covers its region and every region below it in the
/// catalog; roles the API does not know are ignored, and so is a regional role for a code the catalog does not have.
/// <see cref="Name"/> and <see cref="Id"/> come from the signed-in principal and are what every write records as its
/// actor. Every rule that decides access lives here.
/// </summary>
public sealed record Caller(CallerKind Kind, string? Name, ImmutableHashSet<string> GlobalRoles, ImmutableArray<RegionRole> RegionRoles, string? Id = null)
{
    public static Caller Anonymous { get; } = new(CallerKind.Anonymous, null, [], []);

    public static Caller FunctionKey { get; } = new(CallerKind.FunctionKey, null, [Roles.ProvinceViewer], []);

    public static Caller From(ClientPrincipal principal, Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(catalog);
        var global = principal.Roles.Where(r => r is Roles.ProvinceViewer or Roles.Administrator).ToImmutableHashSet(StringComparer.Ordinal);
        var regional = principal.Roles
            .Select(r => RegionRole.TryParse(r, out var role) ? role : (RegionRole?)null)
            .OfType<RegionRole>()
            .Where(r => catalog.FindRegion(r.RegionCode) is not null)
            .Distinct()
            .ToImmutableArray();
        return new Caller(CallerKind.Principal, principal.Name, global, regional, string.IsNullOrWhiteSpace(principal.Id) ? null : principal.Id);
    }

    /// <summary>Signed in with a role the API knows (a function-key client is not signed in).</summary>
    public bool IsSignedIn => Kind == CallerKind.Principal && CanReadComparison;

    public bool IsAdministrator => GlobalRoles.Contains(Roles.Administrator);

    /// <summary>Sees every region's private data (alerts, submissions).</summary>
    public bool SeesEveryRegion => IsAdministrator || GlobalRoles.Contains(Roles.ProvinceViewer);

    /// <summary>The published provincial comparison (catalog, scorecards, rankings, history): any role the API knows.</summary>
    public bool CanReadComparison => !GlobalRoles.IsEmpty || !RegionRoles.IsEmpty;

    /// <summary>The region's alerts and submissions: every region for province-wide roles, else any regional role covering it.</summary>
    public bool CanReadRegion(Catalog catalog, string regionCode) =>
        SeesEveryRegion || RegionRoles.Any(r => Covers(catalog, r.RegionCode, regionCode));

    public bool CanSubmitFor(Catalog catalog, string regionCode) => Holds(catalog, Roles.RegionSubmitter, regionCode);

    public bool CanAcknowledgeFor(Catalog catalog, string regionCode) => Holds(catalog, Roles.AlertResponder, regionCode);

    /// <summary>Region codes whose private data the caller may read, or null when they may read every region's.</summary>
    public IReadOnlySet<string>? ReadableRegions(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return SeesEveryRegion
            ? null
            : catalog.Regions.Where(r => CanReadRegion(catalog, r.Code)).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
    }

    public string Describe() => Kind switch
    {
        CallerKind.FunctionKey => "a function-key client (province-viewer)",
        CallerKind.Anonymous => "an anonymous caller",
        _ => $"{Name ?? "a signed-in caller"} ({RoleList()})",
    };

    private string RoleList()
    {
        var roles = string.Join(", ", GlobalRoles.Order(StringComparer.Ordinal).Concat(RegionRoles.Select(r => r.ToString())));
        return roles.Length > 0 ? roles : "no roles";
    }

    private bool Holds(Catalog catalog, string kind, string regionCode) =>
        RegionRoles.Any(r => r.Kind == kind && Covers(catalog, r.RegionCode, regionCode));

    /// <summary>Whether <paramref name="regionCode"/> is <paramref name="scope"/> or lies below it; unknown codes are covered by nothing.</summary>
    private static bool Covers(Catalog catalog, string scope, string regionCode)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var region = catalog.FindRegion(regionCode);
        for (var depth = 0; region is not null && depth < 64; depth++)
        {
            if (string.Equals(region.Code, scope, StringComparison.Ordinal))
            {
                return true;
            }

            region = region.ParentCode is null ? null : catalog.FindRegion(region.ParentCode);
        }

        return false;
    }
}
