using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Observations;

namespace Regional.Benchmarks;

/// <summary>
/// The synthetic nation's catalog: a root over every region in 30 peer groups; growth indicators with targets,
/// additive levels, one derived ratio; red lines of every kind (quota, no-decrease, threshold bands, cap) and every
/// quality check switched on. The first few levels play named roles; the rest are plain additive levels.
/// </summary>
internal static class NationalScaleCatalog
{
    public const string Root = "R0";
    public const int PeerGroupCount = 30;
    public const double NationalTarget = 6.0;
    public const double OwnTarget = 6.5;

    /// <summary>Year-to-date output: the weight of growth contributions and of the rest-of-year share.</summary>
    public const string Output = "level_00";
    public const string ProtectedLand = "level_01";
    public const string ProtectedArea = "level_02";
    public const string Debt = "level_03";
    public const string FiscalCapacity = "level_04";
    public const string Incidents = "level_05";
    public const string DebtRatio = "debt_ratio";

    /// <summary>The root's totals of these levels are inflated: the hierarchy check warns on one and fails on the other.</summary>
    public const string ImbalancedWarn = "level_07";
    public const string ImbalancedFail = "level_08";

    /// <summary>The levels with a named role; every other level is a plain additive level.</summary>
    public const int RoleLevels = 6;

    public static string RegionCode(int number) => $"R{number:D5}";

    public static string Growth(int index) => $"growth_{index:D2}";

    public static string Level(int index) => $"level_{index:D2}";

    public static Catalog Create(IReadOnlyList<RegionProfile> profiles, int growthCount, int levelCount, IEnumerable<int> years)
    {
        var regions = ImmutableArray.CreateBuilder<Region>(profiles.Count + 1);
        regions.Add(new Region(Root, "Nation", "全国", "nation", null, null));
        foreach (var p in profiles)
        {
            regions.Add(new Region(p.Code, $"Region {p.Number}", $"地区{p.Number}", "region", Root, $"zone-{p.Number % PeerGroupCount:D2}"));
        }

        var growthIds = Enumerable.Range(0, growthCount).Select(Growth).ToImmutableArray();
        var targets = years
            .SelectMany(year => growthIds.Select(id => new GrowthTarget(year, Root, id, NationalTarget))
                .Concat(profiles.Where(p => p.OwnTarget).Select(p => new GrowthTarget(year, p.Code, Growth(0), OwnTarget))))
            .ToImmutableArray();
        var indicators = Indicators(growthIds, levelCount);
        return new Catalog(
            new CatalogInfo("national", "1", "Synthetic nation", "合成全国", "Benchmark data at national scale."),
            regions.MoveToImmutable(),
            indicators,
            targets,
            Rules(profiles, growthIds, indicators));
    }

    private static ImmutableArray<Indicator> Indicators(ImmutableArray<string> growthIds, int levelCount)
    {
        var list = ImmutableArray.CreateBuilder<Indicator>();
        foreach (var id in growthIds)
        {
            list.Add(new Indicator(id, $"Growth {id}", $"增速{id}", "%", Basis.YtdGrowth, Direction.HigherIsBetter, -50, 80));
        }

        for (var j = 0; j < levelCount; j++)
        {
            var id = Level(j);
            var lowerIsBetter = id is Debt or Incidents || (j >= RoleLevels && j % 5 == 4);
            list.Add(new Indicator(
                id, $"Level {id}", $"总量{id}", id == Incidents ? "persons" : "units", Basis.Level,
                lowerIsBetter ? Direction.LowerIsBetter : Direction.HigherIsBetter, 0, 1e12, Aggregation.Sum));
        }

        list.Add(new Indicator(
            DebtRatio, "Debt ratio", "债务率", "%", Basis.Level, Direction.LowerIsBetter, 0, 2000, Aggregation.None,
            new Derivation(Debt, FiscalCapacity, 100)));
        return list.ToImmutable();
    }

    private static RuleSet Rules(IReadOnlyList<RegionProfile> profiles, ImmutableArray<string> growthIds, ImmutableArray<Indicator> indicators) => new(
        new TargetRules(growthIds),
        [
            new RedLineRule(
                "land-quota", "Protected land", "耕地保护", RedLineKind.Quota, ProtectedLand, Severity.Critical, [],
                profiles.ToImmutableDictionary(p => p.Code, p => Math.Round(p.Land * 0.95, 2)), ClearMargin: 1000),
            new RedLineRule(
                "area-no-decrease", "Protected area", "生态保护", RedLineKind.NoDecrease, ProtectedArea, Severity.Major, [],
                ImmutableDictionary<string, double>.Empty, ClearMargin: 0.5),
            new RedLineRule(
                "debt-warning-line", "Debt warning line", "债务警戒线", RedLineKind.Bands, DebtRatio, Severity.Warning,
                [
                    new Band("green", "绿", Severity.None, double.NegativeInfinity),
                    new Band("yellow", "黄", Severity.Warning, 120),
                    new Band("orange", "橙", Severity.Major, 200),
                    new Band("red", "红", Severity.Critical, 300),
                ],
                ImmutableDictionary<string, double>.Empty, ClearMargin: 5),
            new RedLineRule(
                "incident-cap", "Incident cap", "事故控制", RedLineKind.Cap, Incidents, Severity.Major, [],
                profiles.ToImmutableDictionary(p => p.Code, p => Math.Ceiling(p.IncidentRate * 1.25))),
        ],
        new QualityRules(
            new RangeCheck(),
            new CompletenessCheck([growthIds[0], growthIds[1], Output, ProtectedLand]),
            new HierarchyCheck(),
            new CrossIndicatorCheck(growthIds[0], [growthIds[1], growthIds[2]]),
            new RevisionCheck(),
            new PeerOutlierCheck(growthIds),
            new TargetHuggingCheck([growthIds[0]]),
            new BenfordCheck()),
        new ComparisonRules(
            indicators.Where(i => i.Basis == Basis.YtdGrowth).Take(6).Append(indicators.Single(i => i.Id == DebtRatio))
                .ToImmutableDictionary(i => i.Id, _ => 1.0),
            growthIds[0],
            Output),
        new AlertRules());
}
