using Regional.Alerts;
using Regional.Engine;
using Regional.Observations;
using static Regional.Core.Tests.Engine.EngineFixture;
using static Regional.Core.Tests.Engine.QuarterFigures;

namespace Regional.Core.Tests.Engine;

/// <summary>Ranks and composite scores as a full evaluation reports them, every quality check switched on.</summary>
public class ComparisonEvaluationTests
{
    private static readonly Dictionary<string, double> TiedGrowth = new() { ["B1"] = 6.9, ["B3"] = 6.9 };

    /// <summary>The scorecards of the compared cities; the province has one too, but is not ranked with its children.</summary>
    private static IEnumerable<RegionScorecard> Cities(EvaluationResult result) =>
        result.Scorecards.Where(s => s.RegionCode != TestCatalog.Province);

    private static ComparisonScore GrowthComparison(EvaluationResult result, string region) =>
        Assert.Single(result.Scorecards, s => s.RegionCode == region).Indicator("gdp_growth")!.Comparison!;

    [Fact]
    public void EqualGrowthSharesARankAndTheNextRankSkipsThePlacesTaken()
    {
        var result = Evaluate(TestCatalog.Create(), "2025-Q3", Consistent("2025-Q3", TiedGrowth));

        Assert.Equal(
            [("A1", 1), ("A2", 6), ("A3", 5), ("B1", 2), ("B2", 4), ("B3", 2)],
            Cities(result).Select(s => (s.RegionCode, GrowthComparison(result, s.RegionCode).Rank)));
        Assert.All(Cities(result), s => Assert.Equal(6, GrowthComparison(result, s.RegionCode).RankOf));
        var province = Assert.Single(result.Scorecards, s => s.RegionCode == TestCatalog.Province);
        Assert.Null(province.Indicator("gdp_growth")?.Comparison);
        Assert.Null(province.CompositeRank);
    }

    [Fact]
    public void TiedRegionsShareTheirPeerGroupRank()
    {
        var result = Evaluate(TestCatalog.Create(), "2025-Q3", Consistent("2025-Q3", TiedGrowth));

        Assert.Equal(
            [(1, 3), (3, 3), (1, 3)],
            new[] { "B1", "B2", "B3" }.Select(r => (GrowthComparison(result, r).PeerRank, GrowthComparison(result, r).PeerRankOf)));
    }

    [Fact]
    public void AlertForALaggingRegionQuotesItsRankAmongTheTies()
    {
        var result = Evaluate(TestCatalog.Create(), "2025-Q3", Consistent("2025-Q3", TiedGrowth));

        var transition = Assert.Single(result.Transitions, t => t.Key == new AlertKey("A2", RuleIds.GrowthTarget, "gdp_growth"));
        Assert.Equal((6, 6), (transition.Rank, transition.RankOf));
        Assert.Contains("rank 6/6", transition.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void RegionMissingAWeightedIndicatorHasNoCompositeAndNamesWhatIsMissing()
    {
        // Every region reports debt and fiscal capacity (debt ratio 50%) except A3, which has no fiscal capacity.
        var figures = Consistent("2025-Q3");
        foreach (var region in TestCatalog.RegionCodes)
        {
            figures.Add(Level(region, "gov_debt", "2025-Q3", 50));
            if (region != "A3")
            {
                figures.Add(Level(region, "fiscal_capacity", "2025-Q3", 100));
            }
        }

        var result = Evaluate(TestCatalog.Create(), "2025-Q3", figures);

        var a3 = Assert.Single(result.Scorecards, s => s.RegionCode == "A3");
        Assert.Null(a3.CompositeScore);
        Assert.Null(a3.CompositeRank);
        Assert.Equal(["debt_ratio"], a3.CompositeMissing.AsEnumerable());
        Assert.Null(a3.Indicator("debt_ratio"));
        Assert.All(Cities(result).Where(s => s.RegionCode != "A3"), s =>
        {
            Assert.NotNull(s.CompositeScore);
            Assert.InRange(s.CompositeRank!.Value, 1, 5);
            Assert.Empty(s.CompositeMissing);
        });
    }

    [Fact]
    public void CompositeRanksFollowTheScoresWhenTheOtherIndicatorIsEqual()
    {
        var figures = Consistent("2025-Q3");
        foreach (var region in TestCatalog.RegionCodes)
        {
            figures.Add(new Observation(region, "gov_debt", Figures.Q3, 50, Basis.Level));
            figures.Add(new Observation(region, "fiscal_capacity", Figures.Q3, 100, Basis.Level));
        }

        var result = Evaluate(TestCatalog.Create(), "2025-Q3", figures);

        // Equal debt ratios normalise alike, so growth alone orders the composite.
        Assert.Equal(
            Cities(result).OrderByDescending(s => GdpGrowth[s.RegionCode]).Select(s => s.RegionCode),
            Cities(result).OrderBy(s => s.CompositeRank).Select(s => s.RegionCode));
    }
}
