using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Observations;

namespace Regional.Core.Tests;

/// <summary>
/// A small catalog built in code for unit tests: province "P0" with six regions in two peer groups
/// (A1–A3 in "north", B1–B3 in "south"), the indicators the rules need, and the default rules.
/// Tests change what they need with <c>with</c> expressions.
/// </summary>
public static class TestCatalog
{
    public const string Province = "P0";

    public static readonly ImmutableArray<string> RegionCodes = ["A1", "A2", "A3", "B1", "B2", "B3"];

    public static Catalog Create(RuleSet? rules = null) => new(
        new CatalogInfo("test", "1", "Test province", "测试省", "Built in code for unit tests."),
        Regions(),
        Indicators(),
        [
            new GrowthTarget(2024, Province, "gdp_growth", 6.0),
            new GrowthTarget(2025, Province, "gdp_growth", 6.0),
            new GrowthTarget(2025, "A1", "gdp_growth", 7.0),
        ],
        rules ?? DefaultRules());

    public static ImmutableArray<Region> Regions() =>
    [
        new(Province, "Test province", "测试省", "province", null, null),
        new("A1", "Alpha One", "甲一", "prefecture", Province, "north"),
        new("A2", "Alpha Two", "甲二", "prefecture", Province, "north"),
        new("A3", "Alpha Three", "甲三", "prefecture", Province, "north"),
        new("B1", "Beta One", "乙一", "prefecture", Province, "south"),
        new("B2", "Beta Two", "乙二", "prefecture", Province, "south"),
        new("B3", "Beta Three", "乙三", "prefecture", Province, "south"),
    ];

    public static ImmutableArray<Indicator> Indicators() =>
    [
        new("gdp_growth", "GDP growth (real, YTD)", "地区生产总值增速", "%", Basis.YtdGrowth, Direction.HigherIsBetter, -30, 40),
        new("electricity_growth", "Electricity consumption growth (YTD)", "全社会用电量增速", "%", Basis.YtdGrowth, Direction.HigherIsBetter, -40, 60),
        new("tax_revenue_growth", "Tax revenue growth (YTD)", "税收收入增速", "%", Basis.YtdGrowth, Direction.HigherIsBetter, -60, 80),
        new("gdp", "GDP", "地区生产总值", "100 million yuan", Basis.Level, Direction.HigherIsBetter, 0, 200000, Aggregation.Sum, UnitZh: "亿元"),
        new("gov_debt", "Outstanding local government debt", "地方政府债务余额", "100 million yuan", Basis.Level, Direction.LowerIsBetter, 0, 100000, Aggregation.Sum, UnitZh: "亿元"),
        new("fiscal_capacity", "Comprehensive fiscal capacity", "综合财力", "100 million yuan", Basis.Level, Direction.HigherIsBetter, 0, 100000, Aggregation.Sum, UnitZh: "亿元"),
        new("debt_ratio", "Debt ratio", "债务率", "%", Basis.Level, Direction.LowerIsBetter, 0, 2000, Aggregation.None, new Derivation("gov_debt", "fiscal_capacity", 100)),
        new("arable_land", "Arable land area", "耕地面积", "mu", Basis.Level, Direction.HigherIsBetter, 0, 1e9, Aggregation.Sum, UnitZh: "亩"),
        new("safety_deaths", "Work-safety deaths", "生产安全事故死亡人数", "persons", Basis.Level, Direction.LowerIsBetter, 0, 10000, Aggregation.Sum, UnitZh: "人"),
    ];

    public static RuleSet DefaultRules() => new(
        new TargetRules(["gdp_growth"]),
        [
            new RedLineRule(
                "debt-warning-line", "Local government debt warning line", "地方政府债务警戒线", RedLineKind.Bands, "debt_ratio", Severity.Warning,
                [
                    new Band("green", "绿", Severity.None, double.NegativeInfinity),
                    new Band("yellow", "黄", Severity.Warning, 120),
                    new Band("orange", "橙", Severity.Major, 200),
                    new Band("red", "红", Severity.Critical, 300),
                ],
                ImmutableDictionary<string, double>.Empty,
                ClearMargin: 5),
            new RedLineRule(
                "arable-land", "Arable land red line", "耕地保护红线", RedLineKind.Quota, "arable_land", Severity.Critical,
                [],
                new Dictionary<string, double> { ["A1"] = 1_000_000, ["A2"] = 2_000_000, ["B1"] = 1_500_000 }.ToImmutableDictionary(),
                ClearMargin: 1_000),
            new RedLineRule(
                "work-safety", "Safety bottom line", "安全生产底线", RedLineKind.Cap, "safety_deaths", Severity.Major,
                [],
                new Dictionary<string, double> { ["A1"] = 50, ["B2"] = 40 }.ToImmutableDictionary(),
                ClearMargin: 0),
        ],
        new QualityRules(
            new RangeCheck(),
            new CompletenessCheck(["gdp_growth", "gdp"]),
            new HierarchyCheck(),
            new CrossIndicatorCheck("gdp_growth", ["electricity_growth", "tax_revenue_growth"]),
            new RevisionCheck(),
            new PeerOutlierCheck(["gdp_growth"]),
            new TargetHuggingCheck(["gdp_growth"]),
            new BenfordCheck()),
        new ComparisonRules(
            new Dictionary<string, double> { ["gdp_growth"] = 0.6, ["debt_ratio"] = 0.4 }.ToImmutableDictionary(),
            "gdp_growth",
            "gdp"),
        new AlertRules());
}
