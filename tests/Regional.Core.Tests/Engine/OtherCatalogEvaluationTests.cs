using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Core.Tests.Engine;

/// <summary>
/// A catalog with nothing in common with the test province: member states of a fiscal union, their own indicator ids,
/// a 1.5% growth target and the 60% debt reference value. The engine evaluates it as it is, with no code of its own.
/// </summary>
public class OtherCatalogEvaluationTests
{
    private const string Growth = "real_gdp_growth";
    private const string DebtRatio = "debt_to_gdp";

    private static readonly Period Q3 = Period.Quarter(2025, 3);

    // Member state: real growth, employment growth, nominal GDP (EUR bn), debt in % of GDP.
    private static readonly (string Code, string Name, string Group, double Growth, double Employment, double Gdp, double Debt)[] States =
    [
        ("DE", "Germany", "core", 0.3, 0.1, 4300, 62),
        ("FR", "France", "core", 0.9, 0.5, 2900, 113),
        ("NL", "Netherlands", "core", 1.4, 1.1, 1100, 45),
        ("IT", "Italy", "south", 0.6, 0.4, 2200, 137),
        ("ES", "Spain", "south", 2.6, 2.2, 1600, 101),
        ("PL", "Poland", "east", 3.2, 2.9, 850, 55),
    ];

    private static Catalog FiscalUnion()
    {
        ImmutableArray<Region> regions =
        [
            new("EU", "Fiscal union", "财政联盟", "union", null, null),
            .. States.Select(s => new Region(s.Code, s.Name, s.Name, "member", "EU", s.Group)),
        ];
        ImmutableArray<Indicator> indicators =
        [
            new(Growth, "Real GDP growth", "实际GDP增速", "%", Basis.YtdGrowth, Direction.HigherIsBetter, -20, 20),
            new("employment_growth", "Employment growth", "就业增速", "%", Basis.YtdGrowth, Direction.HigherIsBetter, -20, 20),
            new("nominal_gdp", "Nominal GDP", "名义GDP", "EUR bn", Basis.Level, Direction.HigherIsBetter, 0, 20000, Aggregation.Sum),
            new("gross_debt", "General government gross debt", "政府债务总额", "EUR bn", Basis.Level, Direction.LowerIsBetter, 0, 20000, Aggregation.Sum),
            new(DebtRatio, "Debt to GDP", "债务占GDP比重", "%", Basis.Level, Direction.LowerIsBetter, 0, 400, Aggregation.None, new Derivation("gross_debt", "nominal_gdp", 100)),
        ];
        var rules = new RuleSet(
            new TargetRules([Growth]),
            [
                new RedLineRule(
                    "debt-reference-value", "Debt reference value", "债务参考值", RedLineKind.Bands, DebtRatio, Severity.Warning,
                    [
                        new Band("within", "以内", Severity.None, double.NegativeInfinity),
                        new Band("above-reference", "超过参考值", Severity.Warning, 60),
                        new Band("high", "偏高", Severity.Major, 90),
                    ],
                    ImmutableDictionary<string, double>.Empty,
                    ClearMargin: 2),
            ],
            new QualityRules(
                new RangeCheck(),
                new CompletenessCheck([Growth, "nominal_gdp"]),
                new HierarchyCheck(),
                new CrossIndicatorCheck(Growth, ["employment_growth"]),
                new RevisionCheck(),
                new PeerOutlierCheck([Growth]),
                new TargetHuggingCheck([Growth]),
                new BenfordCheck()),
            new ComparisonRules(
                new Dictionary<string, double> { [Growth] = 0.5, [DebtRatio] = 0.5 }.ToImmutableDictionary(),
                Growth,
                "nominal_gdp"),
            new AlertRules());
        return new Catalog(
            new CatalogInfo("fiscal-union", "2025.1", "Fiscal union", "财政联盟", "Member states against common reference values."),
            regions,
            indicators,
            [new GrowthTarget(2025, "EU", Growth, 1.5)],
            rules);
    }

    private static EvaluationResult Evaluate()
    {
        var observations = States.SelectMany(s => new Observation[]
        {
            new(s.Code, Growth, Q3, s.Growth, Basis.YtdGrowth),
            new(s.Code, "employment_growth", Q3, s.Employment, Basis.YtdGrowth),
            new(s.Code, "nominal_gdp", Q3, s.Gdp, Basis.Level),
            new(s.Code, "gross_debt", Q3, s.Gdp * s.Debt / 100, Basis.Level),
        });
        return Evaluator.Evaluate(new EvaluationInput(FiscalUnion(), Q3, [.. observations], [], EngineFixture.FirstRun));
    }

    [Fact]
    public void GrowthBelowTheUnionTargetIsFoundUnderTheCatalogsOwnIndicatorId()
    {
        var result = Evaluate();

        Assert.Equal(
            [("DE", "lagging"), ("FR", "lagging"), ("NL", "behind"), ("IT", "lagging")],
            result.Findings.Where(f => f.RuleId == RuleIds.GrowthTarget).Select(f => (f.RegionCode, f.State)));
        Assert.All(result.Findings.Where(f => f.RuleId == RuleIds.GrowthTarget), f => Assert.Equal((Growth, 1.5), (f.IndicatorId, f.Threshold!.Value)));
    }

    [Fact]
    public void DebtAboveTheReferenceValueIsBandedOnTheDerivedRatio()
    {
        var result = Evaluate();

        Assert.Equal(
            [("DE", "above-reference"), ("FR", "high"), ("IT", "high"), ("ES", "high")],
            result.Findings.Where(f => f.RuleId == "debt-reference-value").Select(f => (f.RegionCode, f.State)));
        Assert.Equal(137, Assert.Single(result.Scorecards, s => s.RegionCode == "IT").Indicator(DebtRatio)!.Value!.Value, 6);
    }

    [Fact]
    public void MessagesNameTheCatalogsRegionsAndIndicators()
    {
        var result = Evaluate();

        var germany = Assert.Single(result.Transitions, t => t.Key == new AlertKey("DE", RuleIds.GrowthTarget, Growth));
        Assert.StartsWith("Germany: Real GDP growth Jan\u2013Sep 2025 0.3% vs target 1.5%", germany.MessageEn, StringComparison.Ordinal);
        Assert.Equal(("fiscal-union", "2025.1"), (result.CatalogId, result.CatalogVersion));
    }

    [Fact]
    public void MemberStatesAreRankedOnTheCatalogsIndicators()
    {
        var result = Evaluate();
        var states = result.Scorecards.Where(s => s.Level == "member").ToList();

        Assert.Equal(
            ["PL", "ES", "NL", "FR", "IT", "DE"],
            states.OrderBy(s => s.Indicator(Growth)!.Comparison!.Rank).Select(s => s.RegionCode));
        Assert.Equal(
            ["NL", "PL", "DE", "ES", "FR", "IT"],
            states.OrderBy(s => s.Indicator(DebtRatio)!.Comparison!.Rank).Select(s => s.RegionCode));
        Assert.All(states, s => Assert.NotNull(s.CompositeScore));
    }

    [Fact]
    public void ConsistentMemberStateFiguresRaiseNoQualityWarningAndTheSilentUnionIsPending()
    {
        var findings = Evaluate().Findings;

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Quality && f.Severity >= Severity.Warning);
        var union = Assert.Single(findings, f => f.Kind == FindingKind.Quality);
        Assert.Equal(("EU", RuleIds.QualityCompleteness, FindingStates.Pending), (union.RegionCode, union.RuleId, union.State));
    }
}
