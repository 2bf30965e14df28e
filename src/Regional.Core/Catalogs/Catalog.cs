using System.Collections.Frozen;
using System.Collections.Immutable;
using Regional.Catalogs.Dataflows;

namespace Regional.Catalogs;

/// <summary>
/// Everything the engine knows about a jurisdiction: its regions, indicators, targets and rules.
/// A catalog is data loaded from a folder (see docs/catalog.md); nothing about a particular province lives in code.
/// </summary>
public sealed record Catalog
{
    private readonly Lazy<CatalogIndex> _index;

    public Catalog(CatalogInfo info, ImmutableArray<Region> regions, ImmutableArray<Indicator> indicators, ImmutableArray<GrowthTarget> targets, RuleSet rules)
    {
        Info = info;
        Regions = regions;
        Indicators = indicators;
        Targets = targets;
        Rules = rules;
        _index = new Lazy<CatalogIndex>(() => new CatalogIndex(Regions, Indicators, Targets));
    }

    // A copy made by `with` must build its own index: the original's describes the original's regions and targets.
    private Catalog(Catalog original)
    {
        Info = original.Info;
        Regions = original.Regions;
        Indicators = original.Indicators;
        Targets = original.Targets;
        Rules = original.Rules;
        Dataflows = original.Dataflows;
        _index = new Lazy<CatalogIndex>(() => new CatalogIndex(Regions, Indicators, Targets));
    }

    public CatalogInfo Info { get; init; }

    public ImmutableArray<Region> Regions { get; init; }

    public ImmutableArray<Indicator> Indicators { get; init; }

    public ImmutableArray<GrowthTarget> Targets { get; init; }

    public RuleSet Rules { get; init; }

    /// <summary>The SDMX dataflows the catalog accepts (dataflows.json); empty when it reads only the project's own structure.</summary>
    public DataflowSet Dataflows { get; init; } = DataflowSet.Empty;

    public Region? FindRegion(string code) => _index.Value.Regions.GetValueOrDefault(code);

    public Indicator? FindIndicator(string id) => _index.Value.Indicators.GetValueOrDefault(id);

    /// <summary>
    /// The region at the top of the hierarchy (the province) when exactly one region has no parent; null for a flat
    /// catalog of several top-level peers (the member states of a union).
    /// </summary>
    public Region? Root => _index.Value.TopLevel.Length == 1 ? _index.Value.TopLevel[0] : null;

    /// <summary>The regions without a parent, in catalog order: the root, or every peer of a flat catalog.</summary>
    public ImmutableArray<Region> TopLevel => _index.Value.TopLevel;

    /// <summary>Regions whose parent is <paramref name="code"/>.</summary>
    public ImmutableArray<Region> ChildrenOf(string code) => _index.Value.Children.GetValueOrDefault(code, []);

    /// <summary>
    /// The regions the provincial comparison is about: the children of the root, or the top-level regions of a flat
    /// catalog.
    /// </summary>
    public ImmutableArray<Region> ComparedRegions => Root is { } root ? ChildrenOf(root.Code) : TopLevel;

    /// <summary>
    /// Regions ranked against each other: siblings (the children of one parent, or the top-level regions), each group
    /// with at least two members, in catalog order. A parent is never compared with its children.
    /// </summary>
    public ImmutableArray<SiblingGroup> SiblingGroups => _index.Value.SiblingGroups;

    /// <summary>
    /// The annual target for a region and indicator in a year: the region's own, else the nearest ancestor's.
    /// </summary>
    public GrowthTarget? FindTarget(int year, string regionCode, string indicatorId)
    {
        if (indicatorId is null || !_index.Value.Targets.TryGetValue(indicatorId, out var byRegion))
        {
            return null;
        }

        var code = regionCode;
        while (code is not null)
        {
            if (byRegion.TryGetValue(code, out var byYear) && byYear.TryGetValue(year, out var target))
            {
                return target;
            }

            code = FindRegion(code)?.ParentCode;
        }

        return null;
    }

    /// <summary>
    /// Lookups over the catalog, built once per catalog. Frozen dictionaries: an evaluation asks for targets and
    /// regions hundreds of thousands of times, and an immutable (tree-shaped) dictionary makes each ask a tree walk.
    /// </summary>
    private sealed class CatalogIndex
    {
        public CatalogIndex(ImmutableArray<Region> regions, ImmutableArray<Indicator> indicators, ImmutableArray<GrowthTarget> targets)
        {
            Regions = Unique(regions, r => r.Code).ToFrozenDictionary(StringComparer.Ordinal);
            Indicators = Unique(indicators, i => i.Id).ToFrozenDictionary(StringComparer.Ordinal);
            Targets = TargetsByIndicator(targets);
            Children = regions
                .Where(r => r.ParentCode is not null)
                .GroupBy(r => r.ParentCode!, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
            TopLevel = [.. regions.Where(r => r.ParentCode is null)];
            if (TopLevel.IsEmpty && !regions.IsEmpty)
            {
                throw new InvalidOperationException("A catalog needs at least one region without a parent.");
            }

            var groups = ImmutableArray.CreateBuilder<SiblingGroup>();
            if (TopLevel.Length >= 2)
            {
                groups.Add(new SiblingGroup(null, TopLevel));
            }

            foreach (var region in regions)
            {
                if (Children.TryGetValue(region.Code, out var children) && children.Length >= 2)
                {
                    groups.Add(new SiblingGroup(region, children));
                }
            }

            SiblingGroups = groups.ToImmutable();
        }

        public FrozenDictionary<string, Region> Regions { get; }

        public FrozenDictionary<string, Indicator> Indicators { get; }

        /// <summary>Indicator, then region, then year; of two targets for the same three, the later one counts.</summary>
        public FrozenDictionary<string, FrozenDictionary<string, Dictionary<int, GrowthTarget>>> Targets { get; }

        public FrozenDictionary<string, ImmutableArray<Region>> Children { get; }

        public ImmutableArray<Region> TopLevel { get; }

        public ImmutableArray<SiblingGroup> SiblingGroups { get; }

        private static FrozenDictionary<string, FrozenDictionary<string, Dictionary<int, GrowthTarget>>> TargetsByIndicator(ImmutableArray<GrowthTarget> targets)
        {
            var index = new Dictionary<string, Dictionary<string, Dictionary<int, GrowthTarget>>>(StringComparer.Ordinal);
            foreach (var target in targets)
            {
                // A target without a region or an indicator can never be asked for.
                if (target.IndicatorId is null || target.RegionCode is null)
                {
                    continue;
                }

                if (!index.TryGetValue(target.IndicatorId, out var byRegion))
                {
                    index.Add(target.IndicatorId, byRegion = new Dictionary<string, Dictionary<int, GrowthTarget>>(StringComparer.Ordinal));
                }

                if (!byRegion.TryGetValue(target.RegionCode, out var byYear))
                {
                    byRegion.Add(target.RegionCode, byYear = []);
                }

                byYear[target.Year] = target;
            }

            return index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
        }

        /// <summary>One entry per key; the same entry listed twice is harmless, two different ones under one key are not.</summary>
        private static Dictionary<string, T> Unique<T>(ImmutableArray<T> items, Func<T, string> key)
        {
            var unique = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!unique.TryAdd(key(item), item) && !EqualityComparer<T>.Default.Equals(unique[key(item)], item))
                {
                    throw new ArgumentException($"The catalog lists two different entries under '{key(item)}'.", nameof(items));
                }
            }

            return unique;
        }
    }
}

/// <summary>Identity of a catalog. The version changes whenever region codes, indicators or rules change.</summary>
public sealed record CatalogInfo(string Id, string Version, string NameEn, string NameZh, string Description);

/// <summary>Regions compared with each other: the children of <see cref="Parent"/>, or the top-level regions when it is null.</summary>
public sealed record SiblingGroup(Region? Parent, ImmutableArray<Region> Members);
