using Regional.Engine;
using Regional.Engine.Comparison;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Comparison;

public class RankingTests
{
    private static ComparisonOutcome Compare(params (string Region, double Value)[] values) =>
        CompareOn("gdp_growth", values);

    private static ComparisonOutcome CompareOn(string indicator, params (string Region, double Value)[] values)
    {
        var catalog = TestCatalog.Create();
        return RegionComparison.Compare(catalog, Q3, Set(catalog, Each(indicator, Q3, values)));
    }

    [Fact]
    public void HigherIsBetterRanksTheHighestFirst()
    {
        var outcome = Compare(("A1", 5), ("A2", 7), ("A3", 6));

        Assert.Equal([3, 1, 2], new[] { "A1", "A2", "A3" }.Select(r => outcome.Scores[(r, "gdp_growth")].Rank));
    }

    [Fact]
    public void LowerIsBetterRanksTheLowestFirst()
    {
        var outcome = CompareOn("safety_deaths", ("A1", 5), ("A2", 7), ("A3", 6));

        Assert.Equal([1, 3, 2], new[] { "A1", "A2", "A3" }.Select(r => outcome.Scores[(r, "safety_deaths")].Rank));
    }

    [Fact]
    public void TiesShareARankAndTheNextRankSkips()
    {
        var outcome = Compare(("A1", 8), ("A2", 6), ("A3", 6), ("B1", 5), ("B2", 6), ("B3", 9));

        Assert.Equal([2, 3, 3, 6, 3, 1], TestCatalog.RegionCodes.Select(r => outcome.Scores[(r, "gdp_growth")].Rank));
    }

    [Fact]
    public void RankOfCountsOnlyRegionsWithAValue()
    {
        var outcome = Compare(("A1", 5), ("B3", 7));

        Assert.All(outcome.Scores.Values, s => Assert.Equal(2, s.RankOf));
        Assert.False(outcome.Scores.ContainsKey(("A2", "gdp_growth")));
    }

    [Fact]
    public void NegativeAndZeroValuesRankInOrder()
    {
        var outcome = Compare(("A1", -2), ("A2", 0), ("A3", -0.5));

        Assert.Equal([3, 1, 2], new[] { "A1", "A2", "A3" }.Select(r => outcome.Scores[(r, "gdp_growth")].Rank));
    }

    [Fact]
    public void TheProvinceIsNotRanked()
    {
        var outcome = Compare((TestCatalog.Province, 99), ("A1", 5));

        Assert.Equal(1, outcome.Scores[("A1", "gdp_growth")].Rank);
        Assert.False(outcome.Scores.ContainsKey((TestCatalog.Province, "gdp_growth")));
    }

    [Fact]
    public void IndicatorWithoutValuesHasNoScores()
    {
        var outcome = Compare(("A1", 5));

        Assert.DoesNotContain(outcome.Scores.Keys, k => k.IndicatorId != "gdp_growth");
    }
}
