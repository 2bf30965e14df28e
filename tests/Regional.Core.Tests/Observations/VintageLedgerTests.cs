using Regional.Observations;
using Regional.Periods;

namespace Regional.Core.Tests.Observations;

public sealed class VintageLedgerTests
{
    private static readonly Period Q3 = Period.Quarter(2025, 3);

    private static Observation Growth(string region, double value, int vintage = 1) =>
        new(region, "gdp_growth", Q3, value, Basis.YtdGrowth, vintage: vintage);

    [Fact]
    public void FirstValueOfAFigureIsVintageOne()
    {
        var vintages = VintageLedger.Assign([[Growth("A1", 5.0, vintage: 7)]]);

        Assert.Equal(1, Assert.Single(vintages).Vintage);
    }

    [Fact]
    public void ChangedValueInALaterSubmissionIsTheNextVintage()
    {
        var vintages = VintageLedger.Assign([[Growth("A1", 5.0)], [Growth("A1", 5.4)], [Growth("A1", 5.1)]]);

        Assert.Equal([(5.0, 1), (5.4, 2), (5.1, 3)], vintages.Select(o => (o.Value, o.Vintage)));
    }

    [Fact]
    public void RepeatedValueIsNotANewVintage()
    {
        var vintages = VintageLedger.Assign([[Growth("A1", 5.0), Growth("B1", 6.0)], [Growth("A1", 5.0), Growth("B1", 6.2)]]);

        Assert.Equal([("A1", 1), ("B1", 1), ("B1", 2)], vintages.Select(o => (o.RegionCode, o.Vintage)));
    }

    [Fact]
    public void GoingBackToAnEarlierValueIsStillANewVintage()
    {
        var vintages = VintageLedger.Assign([[Growth("A1", 5.0)], [Growth("A1", 4.0)], [Growth("A1", 5.0)]]);

        Assert.Equal([1, 2, 3], vintages.Select(o => o.Vintage));
    }

    [Fact]
    public void LastValueOfAFigureWithinOneSubmissionCounts()
    {
        var vintages = VintageLedger.Assign([[Growth("A1", 5.0), Growth("A1", 5.5)]]);

        Assert.Equal((5.5, 1), (Assert.Single(vintages).Value, vintages[0].Vintage));
    }
}
