using Regional.Engine.Comparison;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Comparison;

public class NormalisationTests
{
    [Fact]
    public void BestIsTenWorstIsZeroAndTheRestInProportion()
    {
        var catalog = TestCatalog.Create();

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, Each("gdp_growth", Q3, ("A1", 2), ("A2", 10), ("A3", 4)))).Scores;

        Assert.Equal(0, scores[("A1", "gdp_growth")].Normalised);
        Assert.Equal(10, scores[("A2", "gdp_growth")].Normalised);
        Assert.Equal(2.5, scores[("A3", "gdp_growth")].Normalised);
    }

    [Fact]
    public void LowerIsBetterTurnsTheScaleAround()
    {
        var catalog = TestCatalog.Create();

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, Each("safety_deaths", Q3, ("A1", 2), ("A2", 10), ("A3", 4)))).Scores;

        Assert.Equal(10, scores[("A1", "safety_deaths")].Normalised);
        Assert.Equal(0, scores[("A2", "safety_deaths")].Normalised);
        Assert.Equal(7.5, scores[("A3", "safety_deaths")].Normalised);
    }

    [Fact]
    public void AllEqualScoreTen()
    {
        var catalog = TestCatalog.Create();

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, Each("gdp_growth", Q3, ("A1", 6), ("B2", 6)))).Scores;

        Assert.All(scores.Values, s => Assert.Equal(10, s.Normalised));
    }

    [Fact]
    public void NegativeValuesNormaliseLikeAnyOther()
    {
        var catalog = TestCatalog.Create();

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, Each("gdp_growth", Q3, ("A1", -4), ("A2", 0), ("A3", 4)))).Scores;

        Assert.Equal(5, scores[("A2", "gdp_growth")].Normalised);
    }
}
