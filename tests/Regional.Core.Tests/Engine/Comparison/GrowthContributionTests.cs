using Regional.Engine.Comparison;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Comparison;

public class GrowthContributionTests
{
    [Fact]
    public void ContributionIsGrowthTimesTheShareOfTheWeight()
    {
        var catalog = TestCatalog.Create();
        var observations = Each("gdp_growth", Q3, ("A1", 6), ("A2", 8))
            .Concat(Each("gdp", Q3, ("A1", 100), ("A2", 300)));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Equal(1.5, scores[("A1", "gdp_growth")].Contribution);
        Assert.Equal(6, scores[("A2", "gdp_growth")].Contribution);
    }

    [Fact]
    public void ContributionsAddUpToTheWeightedProvincialGrowth()
    {
        // Weighted growth: (5 × 200 + 7 × 300 + -1 × 100 + 9 × 400) / 1000 = 6.6.
        var catalog = TestCatalog.Create();
        var observations = Each("gdp_growth", Q3, ("A1", 5), ("A2", 7), ("B1", -1), ("B3", 9))
            .Concat(Each("gdp", Q3, ("A1", 200), ("A2", 300), ("B1", 100), ("B3", 400)));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Equal(6.6, scores.Where(s => s.Key.IndicatorId == "gdp_growth").Sum(s => s.Value.Contribution!.Value), 9);
    }

    [Fact]
    public void RegionWithoutAWeightHasNoContributionAndDoesNotDiluteTheOthers()
    {
        var catalog = TestCatalog.Create();
        var observations = Each("gdp_growth", Q3, ("A1", 6), ("A2", 8), ("A3", 10))
            .Concat(Each("gdp", Q3, ("A1", 100), ("A2", 300), ("B1", 500)));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Null(scores[("A3", "gdp_growth")].Contribution);
        Assert.Equal(1.5, scores[("A1", "gdp_growth")].Contribution);
    }

    [Fact]
    public void OnlyTheGrowthIndicatorHasContributions()
    {
        var catalog = TestCatalog.Create();
        var observations = Each("electricity_growth", Q3, ("A1", 6)).Concat(Each("gdp", Q3, ("A1", 100)));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Null(scores[("A1", "electricity_growth")].Contribution);
        Assert.Null(scores[("A1", "gdp")].Contribution);
    }

    [Fact]
    public void WithoutAWeightIndicatorThereAreNoContributions()
    {
        var catalog = WithComparison(c => c with { WeightIndicatorId = null });
        var observations = Each("gdp_growth", Q3, ("A1", 6)).Concat(Each("gdp", Q3, ("A1", 100)));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Null(scores[("A1", "gdp_growth")].Contribution);
    }
}
