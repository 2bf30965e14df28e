using System.Collections.Immutable;

namespace Regional.Catalogs.Loading;

/// <summary>
/// regions.json: the peer groups and the region hierarchy. Checks unique codes, at least one top-level region (a flat
/// catalog may have several peers without an aggregate above them), exactly the declared root when <c>root</c> is
/// given, parents that exist, no cycles, and (when peer groups are declared) peer groups that exist. A problem that
/// repeats (several extra roots, several regions naming the same unknown parent) is reported once, with the count
/// and the fix.
/// </summary>
internal static class RegionsReader
{
    public const string FileName = "regions.json";

    public static ImmutableArray<Region> Read(JsonObjectReader root)
    {
        var peerGroups = ReadPeerGroups(root);
        var regions = new List<(Region Region, JsonObjectReader Item)>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root.Objects("regions", required: true))
        {
            var code = item.String("code", required: true);
            var names = item.Names("names");
            var level = item.String("level", required: true);
            var parent = item.String("parent", required: false);
            var peerGroup = item.String("peerGroup", required: false);
            item.ReportUnknownProperties();
            if (code is not null && !codes.Add(code))
            {
                item.Report("code", $"duplicate region code '{code}'");
                continue;
            }

            if (peerGroup is not null && peerGroups is not null && !peerGroups.Contains(peerGroup))
            {
                item.Report("peerGroup", $"unknown peer group '{peerGroup}' (not in peerGroups)");
            }

            if (code is not null && names is not null && level is not null)
            {
                regions.Add((new Region(code, names.Value.En, names.Value.Zh, level, parent, peerGroup), item));
            }
        }

        CheckHierarchy(root, regions, root.String("root", required: false));
        root.ReportUnknownProperties();
        return [.. regions.Select(r => r.Region)];
    }

    private static HashSet<string>? ReadPeerGroups(JsonObjectReader root)
    {
        if (!root.Has("peerGroups"))
        {
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in root.Objects("peerGroups", required: false))
        {
            var id = group.String("id", required: true);
            group.Names("names");
            group.ReportUnknownProperties();
            if (id is not null && !ids.Add(id))
            {
                group.Report("id", $"duplicate peer group id '{id}'");
            }
        }

        return ids;
    }

    private static void CheckHierarchy(JsonObjectReader root, List<(Region Region, JsonObjectReader Item)> regions, string? declaredRoot)
    {
        var byCode = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var (region, _) in regions)
        {
            byCode.TryAdd(region.Code, region);
        }

        var roots = regions.Where(r => r.Region.ParentCode is null).ToList();
        if (regions.Count > 0 && roots.Count == 0)
        {
            root.Report("regions", "no region is without a parent: at least one top-level region is required (a single root, or the peers of a flat catalog)");
        }

        if (declaredRoot is not null)
        {
            if (!byCode.TryGetValue(declaredRoot, out var declared))
            {
                root.Report("root", $"the declared root '{declaredRoot}' is not a region of this catalog");
            }
            else if (declared.ParentCode is not null)
            {
                root.Report("root", $"the declared root '{declaredRoot}' has a parent ('{declared.ParentCode}'); the root is the one region without one");
            }

            var extra = roots.Where(r => r.Region.Code != declaredRoot).ToList();
            if (extra.Count > 0)
            {
                extra[0].Item.Report("parent", $"{Count(extra.Count, "region")} without a parent ({List(extra.Select(r => r.Region.Code))}), but the catalog declares '{declaredRoot}' as its only root: give {(extra.Count == 1 ? "it" : "each")} a parent, or remove \"root\" from regions.json for a flat catalog of peers");
            }
        }

        foreach (var group in regions.Where(r => r.Region.ParentCode is not null && !byCode.ContainsKey(r.Region.ParentCode)).GroupBy(r => r.Region.ParentCode!, StringComparer.Ordinal))
        {
            var children = group.ToList();
            children[0].Item.Report("parent", children.Count == 1
                ? $"parent '{group.Key}' of region '{children[0].Region.Code}' is not a region of this catalog"
                : $"parent '{group.Key}' of {children.Count} regions ({List(children.Select(c => c.Region.Code))}) is not a region of this catalog: add region '{group.Key}' or correct their parent");
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (region, item) in regions)
        {
            var cycle = FindCycle(region, byCode);
            if (cycle is not null && cycle.All(code => reported.Add(code)))
            {
                item.Report("parent", $"the parents form a cycle: {string.Join(" -> ", cycle.Append(cycle[0]))}");
            }
        }
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun} is" : $"{count} {noun}s are";

    /// <summary>Up to ten codes, then how many more.</summary>
    private static string List(IEnumerable<string> codes)
    {
        var all = codes.ToList();
        return string.Join(", ", all.Take(10)) + (all.Count > 10 ? $" and {all.Count - 10} more" : string.Empty);
    }

    /// <summary>The codes of the cycle the region's parent chain runs into, when it is part of that cycle.</summary>
    private static List<string>? FindCycle(Region start, Dictionary<string, Region> byCode)
    {
        var chain = new List<string>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        Region? current = start;
        while (current is not null)
        {
            if (position.TryGetValue(current.Code, out var first))
            {
                var cycle = chain.Skip(first).ToList();
                return cycle.Contains(start.Code) ? cycle : null;
            }

            position[current.Code] = chain.Count;
            chain.Add(current.Code);
            current = current.ParentCode is null ? null : byCode.GetValueOrDefault(current.ParentCode);
        }

        return null;
    }
}
