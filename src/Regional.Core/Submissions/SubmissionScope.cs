using Regional.Catalogs;

namespace Regional.Submissions;

/// <summary>
/// Submission ids belong to the regions their figures are for. A sender's id is stored qualified by its scope, the
/// lowest region of the catalog that covers every region of the figures (<c>510100:chengdu-2025-Q3-001</c> for
/// Chengdu's own, <c>510000:province-q3</c> for the province bureau's of every city): a sender may submit only for
/// regions its roles cover, so it can neither reserve nor collide with an id of a region outside them, and the scope
/// in an id says who may read it before anything is read. Figures of no region the catalog knows give an unscoped id,
/// which only province-wide roles read: the id as given when it has no <c>:</c>, else behind <c>_:</c>.
/// </summary>
public static class SubmissionScope
{
    public const char Separator = ':';

    /// <summary>The prefix of an unscoped id that would otherwise look scoped.</summary>
    public const string Unscoped = "_";

    /// <summary>Longest scope (region codes are at most 32 characters) and the separator.</summary>
    public const int MaxPrefixLength = 33;

    /// <summary>The lowest region of the catalog covering every one given, or null when one is unknown or none is given.</summary>
    public static string? Of(Catalog catalog, IEnumerable<string> regions)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(regions);
        List<string>? common = null;
        foreach (var code in regions.Distinct(StringComparer.Ordinal))
        {
            var chain = Ancestry(catalog, code);
            if (chain.Count == 0)
            {
                return null;
            }

            // Both chains run from the root down; what they share is a common prefix.
            common = common is null ? chain : [.. common.Zip(chain).TakeWhile(p => p.First == p.Second).Select(p => p.First)];
            if (common.Count == 0)
            {
                return null;
            }
        }

        return common is { Count: > 0 } ? common[^1] : null;
    }

    /// <summary>The id a submission is stored under: the sender's id qualified by the scope of its figures' regions.</summary>
    public static string Qualify(Catalog catalog, IEnumerable<string> regions, string submissionId)
    {
        ArgumentNullException.ThrowIfNull(submissionId);
        return Of(catalog, regions) is { } scope ? $"{scope}{Separator}{submissionId}"
            : submissionId.Contains(Separator, StringComparison.Ordinal) ? $"{Unscoped}{Separator}{submissionId}"
            : submissionId;
    }

    /// <summary>The region a stored id is scoped to, or null for an unscoped id (province-wide roles only).</summary>
    public static string? RegionOf(string storedId)
    {
        ArgumentNullException.ThrowIfNull(storedId);
        var separator = storedId.IndexOf(Separator, StringComparison.Ordinal);
        var scope = separator > 0 ? storedId[..separator] : null;
        return scope is null || scope == Unscoped ? null : scope;
    }

    /// <summary>The region and its parents, root first; empty when the catalog does not know the code.</summary>
    private static List<string> Ancestry(Catalog catalog, string code)
    {
        var chain = new List<string>();
        var region = catalog.FindRegion(code);
        for (var depth = 0; region is not null && depth < 64; depth++)
        {
            chain.Add(region.Code);
            region = region.ParentCode is null ? null : catalog.FindRegion(region.ParentCode);
        }

        chain.Reverse();
        return chain;
    }
}
