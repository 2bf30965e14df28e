using Regional.Engine.Comparison;
using Regional.Observations;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Comparison;

public class RegionComparisonTests
{
    private static List<Observation> Mixed() =>
    [
        .. Each("gdp_growth", Figures.Q2, ("A1", 5), ("A2", 6), ("B1", 7)),
        .. Each("gdp_growth", Q3, (TestCatalog.Province, 6), ("A1", 5.5), ("A2", 6), ("A3", 6), ("B1", 7.5), ("B2", 3)),
        .. Each("gdp", Q3, ("A1", 100), ("A2", 300), ("A3", 50), ("B1", 120)),
        .. Each("gov_debt", Q3, ("A1", 150), ("A2", 90), ("B2", 300)),
        .. Each("fiscal_capacity", Q3, ("A1", 100), ("A2", 100), ("B2", 100)),
    ];

    [Fact]
    public void DerivedIndicatorsAreComparedFromTheirParts()
    {
        var catalog = TestCatalog.Create();

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, Mixed())).Scores;

        Assert.Equal(1, scores[("A2", "debt_ratio")].Rank);
        Assert.Equal(3, scores[("B2", "debt_ratio")].Rank);
        Assert.Equal(3, scores[("B2", "debt_ratio")].RankOf);
    }

    [Fact]
    public void TheSameFiguresInAnotherOrderCompareTheSame()
    {
        var catalog = TestCatalog.Create();
        var figures = Mixed();

        var forward = RegionComparison.Compare(catalog, Q3, Set(catalog, figures));
        var backward = RegionComparison.Compare(catalog, Q3, Set(catalog, Enumerable.Reverse(figures)));

        Assert.Equal(forward.Scores.OrderBy(s => s.Key), backward.Scores.OrderBy(s => s.Key));
        Assert.Equal(forward.Composite.OrderBy(c => c.Key).Select(c => (c.Key, c.Value.Score, c.Value.Rank, string.Join(",", c.Value.Missing))),
            backward.Composite.OrderBy(c => c.Key).Select(c => (c.Key, c.Value.Score, c.Value.Rank, string.Join(",", c.Value.Missing))));
    }

    [Fact]
    public void RegionMissingFromThePeriodIsNotScored()
    {
        var catalog = TestCatalog.Create();

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, Mixed())).Scores;

        Assert.DoesNotContain(scores.Keys, k => k.RegionCode == "B3");
    }

    [Fact]
    public void NothingReportedNothingCompared()
    {
        var catalog = TestCatalog.Create();

        var outcome = RegionComparison.Compare(catalog, Q3, Set(catalog, []));

        Assert.Empty(outcome.Scores);
        Assert.All(outcome.Composite.Values, c => Assert.Null(c.Score));
    }
}
