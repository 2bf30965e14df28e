using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.Comparison;
using Regional.Engine.Targets;
using Regional.Observations;
using Regional.Periods;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Engine;

public class ScorecardTests
{
    private static readonly Period Q3 = Period.Parse("2025-Q3");

    private static readonly ComparisonOutcome NoComparison = new(
        ImmutableDictionary<(string RegionCode, string IndicatorId), ComparisonScore>.Empty,
        ImmutableDictionary<string, CompositeScore>.Empty);

    private static ImmutableArray<RegionScorecard> Build(Catalog catalog, Observation[] figures, ComparisonOutcome? comparison = null, Inhibition? inhibition = null)
    {
        var observations = new ObservationSet(catalog, figures);
        var targets = GrowthTargets.Evaluate(catalog, Q3, observations, ImmutableDictionary<Regional.Alerts.AlertKey, Regional.Alerts.AlertState>.Empty);
        var findings = targets.Select(t => t.Finding).OfType<Finding>().ToImmutableArray();
        return Scorecards.Build(catalog, Q3, observations, targets, findings, comparison ?? NoComparison, inhibition ?? Inhibition.From([]));
    }

    [Fact]
    public void EveryRegionHasAScorecardInCatalogOrderTheProvinceFirstWithItsLevel()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("B3", "2025-Q3", 6), Growth("A1", "2025-Q3", 6)]);

        Assert.Equal([TestCatalog.Province, .. TestCatalog.RegionCodes], result.Scorecards.Select(s => s.RegionCode));
        Assert.Equal(["province", "prefecture"], result.Scorecards.Select(s => s.Level).Distinct());
        Assert.Equal("south", result.Scorecards[^1].PeerGroup);
    }

    [Fact]
    public void IndicatorsAreThoseWithAValueIncludingDerivedOnes()
    {
        var cards = Build(Catalog(), [Growth("A1", "2025-Q3", 7.5), Level("A1", "gov_debt", "2025-Q3", 90), Level("A1", "fiscal_capacity", "2025-Q3", 100)]);

        var card = cards[1];
        Assert.Equal(["gdp_growth", "gov_debt", "fiscal_capacity", "debt_ratio"], card.Indicators.Select(i => i.IndicatorId));
        Assert.Equal(90, card.Indicator("debt_ratio")!.Value!.Value, 9);
        Assert.NotNull(card.Indicator("gdp_growth")!.Target);
        Assert.Null(card.Indicator("gov_debt")!.Target);
        Assert.Empty(cards[2].Indicators);
    }

    [Fact]
    public void LaggingOnATargetMakesTheRegionLagging()
    {
        var cards = Build(Catalog(), [Growth("A2", "2024-Q3", 5.5), Growth("A2", "2025-Q2", 5.0), Growth("A2", "2025-Q3", 5.0)]);

        var card = cards[2];
        Assert.Equal(Standing.Lagging, card.Standing);
        Assert.Equal(2, card.LaggingStreak);
    }

    [Fact]
    public void GapAtTheLeadingMarginMakesTheRegionLeading()
    {
        var cards = Build(Catalog(), [Growth("A2", "2025-Q3", 7.0), Growth("A3", "2025-Q3", 6.9)]);

        Assert.Equal(Standing.Leading, cards[2].Standing);
        Assert.Equal(Standing.Normal, cards[3].Standing);
        Assert.Equal(0, cards[2].LaggingStreak);
    }

    [Fact]
    public void TopCompositeRankMakesTheRegionLeadingUnlessItLags()
    {
        var catalog = Catalog(r => r with { Comparison = r.Comparison with { LeadingTopN = 2 } });
        var composite = new Dictionary<string, CompositeScore>
        {
            ["A1"] = new(9.0, 1, []),
            ["A2"] = new(8.0, 2, []),
            ["A3"] = new(5.0, 3, []),
            ["B1"] = new(null, null, ["debt_ratio"]),
        }.ToImmutableDictionary();

        var cards = Build(catalog, [Growth("A2", "2025-Q3", 5.0)], NoComparison with { Composite = composite });

        Assert.Equal([Standing.Leading, Standing.Lagging, Standing.Normal, Standing.Normal], cards.Skip(1).Take(4).Select(c => c.Standing));
        Assert.Equal((9.0, 1), (cards[1].CompositeScore!.Value, cards[1].CompositeRank!.Value));
        Assert.Equal(["debt_ratio"], cards[4].CompositeMissing.AsEnumerable());
    }

    [Fact]
    public void ComparisonScoresAreAttachedToTheirIndicators()
    {
        var score = new ComparisonScore(4, 6, 2, 3, -1, -0.5, 0.2, MedianComparison.Similar, 0.1, 5.0);
        var scores = ImmutableDictionary<(string RegionCode, string IndicatorId), ComparisonScore>.Empty.Add(("A1", "gdp_growth"), score);

        var cards = Build(Catalog(), [Growth("A1", "2025-Q3", 6.5)], NoComparison with { Scores = scores });

        Assert.Same(score, cards[1].Indicator("gdp_growth")!.Comparison);
    }

    [Fact]
    public void FailingQualityMarksGrowthIndicatorsButNotLevels()
    {
        var fail = new Finding("A1", RuleIds.QualityHierarchy, "gdp", FindingKind.Quality, Severity.Major, "fail", 110, 100, 10, "imbalance 10%");

        var cards = Build(Catalog(), [Growth("A1", "2025-Q3", 6.5), Level("A1", "gdp", "2025-Q3", 500), Growth("A2", "2025-Q3", 6.5)], inhibition: Inhibition.From([fail]));

        Assert.Equal(QualityStatus.Fail, cards[1].Quality);
        Assert.True(cards[1].Indicator("gdp_growth")!.QualityMarked);
        Assert.False(cards[1].Indicator("gdp")!.QualityMarked);
        Assert.False(cards[2].Indicator("gdp_growth")!.QualityMarked);
        Assert.Equal(QualityStatus.Ok, cards[2].Quality);
    }
}
