using System.Collections.Immutable;

namespace Regional.Catalogs.Loading;

/// <summary>
/// regions.json: the peer groups and the region hierarchy. Checks unique codes, exactly one root, parents that
/// exist, no cycles, and (when peer groups are declared) peer groups that exist.
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

        CheckHierarchy(root, regions);
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

    private static void CheckHierarchy(JsonObjectReader root, List<(Region Region, JsonObjectReader Item)> regions)
    {
        var byCode = regions.ToDictionary(r => r.Region.Code, r => r.Region, StringComparer.Ordinal);
        var roots = regions.Where(r => r.Region.ParentCode is null).ToList();
        if (regions.Count > 0 && roots.Count == 0)
        {
            root.Report("regions", "no region is without a parent: exactly one root region is required");
        }

        foreach (var extra in roots.Skip(1))
        {
            extra.Item.Report("parent", $"region '{extra.Region.Code}' has no parent, but '{roots[0].Region.Code}' is already the root: exactly one root region is allowed");
        }

        foreach (var (region, item) in regions)
        {
            if (region.ParentCode is not null && !byCode.ContainsKey(region.ParentCode))
            {
                item.Report("parent", $"parent '{region.ParentCode}' of region '{region.Code}' is not a region of this catalog");
            }
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
