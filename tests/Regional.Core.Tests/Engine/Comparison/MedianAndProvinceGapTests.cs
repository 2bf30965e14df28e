using Regional.Engine;
using Regional.Engine.Comparison;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Comparison;

public class MedianAndProvinceGapTests
{
    // Values 1, 2, 3, 4, 5 and 15: median 3.5, mean 5, population SD √(130 / 6) ≈ 4.65.
    private static readonly (string, double)[] Spread = [("A1", 1), ("A2", 2), ("A3", 3), ("B1", 4), ("B2", 5), ("B3", 15)];

    [Fact]
    public void GapToTheMedianIsSignedInTheIndicatorsUnit()
    {
        var catalog = TestCatalog.Create();

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, Each("gdp_growth", Q3, Spread))).Scores;

        Assert.Equal(-2.5, scores[("A1", "gdp_growth")].GapToMedian);
        Assert.Equal(11.5, scores[("B3", "gdp_growth")].GapToMedian);
    }

    [Fact]
    public void MoreThanOneStandardDeviationAboveTheMedianIsBetterWhenHigherIsBetter()
    {
        var catalog = TestCatalog.Create();

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, Each("gdp_growth", Q3, Spread))).Scores;

        Assert.Equal(MedianComparison.Better, scores[("B3", "gdp_growth")].VersusMedian);
        Assert.Equal(MedianComparison.Similar, scores[("A1", "gdp_growth")].VersusMedian);
    }

    [Fact]
    public void AboveTheMedianIsWorseWhenLowerIsBetter()
    {
        var catalog = TestCatalog.Create();

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, Each("safety_deaths", Q3, Spread))).Scores;

        Assert.Equal(MedianComparison.Worse, scores[("B3", "safety_deaths")].VersusMedian);
    }

    [Fact]
    public void FarBelowTheMedianIsWorseWhenHigherIsBetter()
    {
        var catalog = TestCatalog.Create();
        var observations = Each("gdp_growth", Q3, ("A1", 10), ("A2", 10), ("A3", 10), ("B1", 10), ("B2", 10), ("B3", 0));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Equal(MedianComparison.Worse, scores[("B3", "gdp_growth")].VersusMedian);
        Assert.Equal(MedianComparison.Similar, scores[("A1", "gdp_growth")].VersusMedian);
    }

    [Fact]
    public void TheThresholdInStandardDeviationsComesFromTheCatalog()
    {
        var catalog = WithComparison(c => c with { SdThreshold = 3 });

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, Each("gdp_growth", Q3, Spread))).Scores;

        Assert.Equal(MedianComparison.Similar, scores[("B3", "gdp_growth")].VersusMedian);
    }

    [Fact]
    public void AllValuesEqualAreAllSimilar()
    {
        var catalog = TestCatalog.Create();

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, Each("gdp_growth", Q3, ("A1", 6), ("A2", 6), ("A3", 6)))).Scores;

        Assert.All(scores.Values, s => Assert.Equal(MedianComparison.Similar, s.VersusMedian));
    }

    [Fact]
    public void GapToTheProvinceIsTheDifferenceFromTheRootsFigure()
    {
        var catalog = TestCatalog.Create();
        var observations = Each("gdp_growth", Q3, (TestCatalog.Province, 6), ("A1", 4.5), ("A2", 7));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Equal(-1.5, scores[("A1", "gdp_growth")].GapToProvince);
        Assert.Equal(1, scores[("A2", "gdp_growth")].GapToProvince);
    }

    [Fact]
    public void WithoutAProvincialFigureThereIsNoGapToIt()
    {
        var catalog = TestCatalog.Create();
        var observations = Each("gdp_growth", Q3, ("A1", 4.5)).Append(Of(TestCatalog.Province, "gdp_growth", 6, Q2));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Null(scores[("A1", "gdp_growth")].GapToProvince);
    }
}
