using Regional.Engine.Comparison;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Comparison;

public class RankChangeTests
{
    [Fact]
    public void RankChangeIsThePreviousRankMinusTheCurrentOne()
    {
        var catalog = TestCatalog.Create();
        var observations = Each("gdp_growth", Q2, ("A1", 5), ("A2", 7), ("A3", 6))
            .Concat(Each("gdp_growth", Q3, ("A1", 8), ("A2", 6), ("A3", 7)));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Equal(2, scores[("A1", "gdp_growth")].RankChange);
        Assert.Equal(-2, scores[("A2", "gdp_growth")].RankChange);
        Assert.Equal(0, scores[("A3", "gdp_growth")].RankChange);
    }

    [Fact]
    public void RegionWithoutAPreviousValueHasNoRankChange()
    {
        var catalog = TestCatalog.Create();
        var observations = Each("gdp_growth", Q2, ("A1", 5), ("A2", 7))
            .Concat(Each("gdp_growth", Q3, ("A1", 8), ("A2", 6), ("A3", 7)));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Null(scores[("A3", "gdp_growth")].RankChange);
        Assert.Equal(1, scores[("A1", "gdp_growth")].RankChange);
    }

    [Fact]
    public void FirstPeriodWithoutHistoryHasNoRankChange()
    {
        var catalog = TestCatalog.Create();

        var scores = RegionComparison.Compare(catalog, Q1, Set(catalog, Each("gdp_growth", Q1, ("A1", 5), ("A2", 7)))).Scores;

        Assert.All(scores.Values, s => Assert.Null(s.RankChange));
    }

    [Fact]
    public void ThePreviousQuarterCrossesTheYear()
    {
        var catalog = TestCatalog.Create();
        var lastQuarter2024 = Q1.Previous();
        var observations = Each("gdp_growth", lastQuarter2024, ("A1", 9), ("A2", 7))
            .Concat(Each("gdp_growth", Q1, ("A1", 5), ("A2", 7)));

        var scores = RegionComparison.Compare(catalog, Q1, Set(catalog, observations)).Scores;

        Assert.Equal(-1, scores[("A1", "gdp_growth")].RankChange);
        Assert.Equal(1, scores[("A2", "gdp_growth")].RankChange);
    }
}
