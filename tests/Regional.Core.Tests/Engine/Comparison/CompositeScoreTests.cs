using System.Collections.Immutable;
using Regional.Engine.Comparison;
using Regional.Observations;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Comparison;

public class CompositeScoreTests
{
    // Weights in the test catalog: gdp_growth 0.6, debt_ratio 0.4 (debt_ratio is derived from gov_debt / fiscal_capacity).
    private static IEnumerable<Observation> Figures3() =>
        Each("gdp_growth", Q3, ("A1", 8), ("A2", 4), ("A3", 6), ("B1", 5))
            .Concat(Each("gov_debt", Q3, ("A1", 200), ("A2", 100), ("A3", 150), ("B1", 100)))
            .Concat(Each("fiscal_capacity", Q3, ("A1", 100), ("A2", 100), ("A3", 100), ("B1", 100)));

    [Fact]
    public void CompositeIsTheWeightedMeanOfNormalisedScores()
    {
        var catalog = TestCatalog.Create();

        var composite = RegionComparison.Compare(catalog, Q3, Set(catalog, Figures3())).Composite;

        // A1: growth best (10), debt ratio worst (0). A2: growth worst (0), debt ratio best (10). A3: 5 and 5.
        Assert.Equal(6, composite["A1"].Score!.Value, 9);
        Assert.Equal(4, composite["A2"].Score!.Value, 9);
        Assert.Equal(5, composite["A3"].Score!.Value, 9);
        Assert.Equal([1, 4, 3, 2], new[] { "A1", "A2", "A3", "B1" }.Select(r => composite[r].Rank!.Value));
    }

    [Fact]
    public void WeightsAreNormalisedOverTheirSum()
    {
        var catalog = WithComparison(c => c with { CompositeWeights = ImmutableDictionary<string, double>.Empty.Add("gdp_growth", 3).Add("debt_ratio", 2) });

        var composite = RegionComparison.Compare(catalog, Q3, Set(catalog, Figures3())).Composite;

        Assert.Equal(6, composite["A1"].Score!.Value, 9);
    }

    [Fact]
    public void RegionMissingAWeightedIndicatorHasNoScoreAndTheGapIsListed()
    {
        var catalog = TestCatalog.Create();
        var observations = Figures3().Append(Of("B2", "gdp_growth", 9));

        var outcome = RegionComparison.Compare(catalog, Q3, Set(catalog, observations));

        var b2 = outcome.Composite["B2"];
        Assert.Null(b2.Score);
        Assert.Null(b2.Rank);
        Assert.Equal(["debt_ratio"], b2.Missing.ToArray());
        Assert.Empty(outcome.Composite["A1"].Missing);
    }

    [Fact]
    public void AMissingIndicatorIsNotFilledWithAnAverage()
    {
        var catalog = TestCatalog.Create();
        var observations = Figures3().Append(Of("B2", "gdp_growth", 9));

        var composite = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Composite;

        // B2's growth is the best, yet without a debt ratio it neither scores nor takes a rank from the others.
        Assert.Null(composite["B2"].Score);
        Assert.Equal([1, 2, 3, 4], composite.Values.Where(c => c.Rank is not null).Select(c => c.Rank!.Value).Order());
    }

    [Fact]
    public void RegionThatReportedNothingMissesEveryWeightedIndicator()
    {
        var catalog = TestCatalog.Create();

        var composite = RegionComparison.Compare(catalog, Q3, Set(catalog, Figures3())).Composite;

        Assert.Equal(["debt_ratio", "gdp_growth"], composite["B3"].Missing.ToArray());
        Assert.Equal(TestCatalog.RegionCodes.Length, composite.Count);
    }

    [Fact]
    public void EqualScoresShareACompositeRank()
    {
        var catalog = TestCatalog.Create();
        var observations = Each("gdp_growth", Q3, ("A1", 8), ("A2", 8), ("A3", 6))
            .Concat(Each("gov_debt", Q3, ("A1", 100), ("A2", 100), ("A3", 100)))
            .Concat(Each("fiscal_capacity", Q3, ("A1", 100), ("A2", 100), ("A3", 100)));

        var composite = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Composite;

        Assert.Equal([1, 1, 3], new[] { "A1", "A2", "A3" }.Select(r => composite[r].Rank!.Value));
    }

    [Fact]
    public void WithoutPublishedWeightsThereIsNoComposite()
    {
        var catalog = WithComparison(c => c with { CompositeWeights = ImmutableDictionary<string, double>.Empty });

        Assert.Empty(RegionComparison.Compare(catalog, Q3, Set(catalog, Figures3())).Composite);
    }
}
