using Regional.Engine;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine;

public class ObservationSetIndexTests
{
    [Fact]
    public void TheHighestVintageIsCurrentWhateverTheArrivalOrder()
    {
        var set = Set(TestCatalog.Create(), [Of("A1", "gdp", 110, Q3, vintage: 2), Of("A1", "gdp", 100, Q3, vintage: 1)]);

        Assert.Equal(110, set.Latest("A1", "gdp", Q3)!.Value);
        Assert.Equal([100.0, 110.0], set.Vintages("A1", "gdp", Q3).Select(o => o.Value));
        Assert.Equal(110, set.ValuesOf("gdp", Q3)["A1"]);
        Assert.Equal([110.0], set.ForPeriod(Q3).Select(o => o.Value));
    }

    [Fact]
    public void OfTwoFiguresWithTheSameVintageTheLaterArrivalIsCurrent()
    {
        var set = Set(TestCatalog.Create(), [Of("A1", "gdp", 100, Q3), Of("A1", "gdp", 105, Q3)]);

        Assert.Equal(105, set.Value("A1", "gdp", Q3));
        Assert.Equal(105, set.ValuesOf("gdp", Q3)["A1"]);
    }

    [Fact]
    public void ValuesOfAPeriodIncludeDerivedIndicators()
    {
        var set = Set(TestCatalog.Create(), [Of("A1", "gov_debt", 150), Of("A1", "fiscal_capacity", 100), Of("A2", "gov_debt", 80), Of("A2", "fiscal_capacity", 0)]);

        var ratios = set.ValuesOf("debt_ratio", Q3);

        Assert.Equal(150, ratios["A1"]);
        Assert.False(ratios.ContainsKey("A2"));
        Assert.Equal(set.Value("A1", "debt_ratio", Q3), ratios["A1"]);
    }

    [Fact]
    public void AReportedDerivedIndicatorWinsOverTheComputedOne()
    {
        var set = Set(TestCatalog.Create(), [Of("A1", "gov_debt", 150), Of("A1", "fiscal_capacity", 100), Of("A1", "debt_ratio", 140)]);

        Assert.Equal(140, set.ValuesOf("debt_ratio", Q3)["A1"]);
        Assert.Equal(140, set.Value("A1", "debt_ratio", Q3));
    }

    [Fact]
    public void AnUnknownPeriodOrIndicatorHasNoValues()
    {
        var set = Set(TestCatalog.Create(), [Of("A1", "gdp", 100)]);

        Assert.Empty(set.ValuesOf("gdp", Q4));
        Assert.Empty(set.ValuesOf("population", Q3));
        Assert.Empty(set.ForPeriod(Q4));
    }

    [Fact]
    public void RevisedFiguresAreThoseWithMoreThanOneVintage()
    {
        var set = Set(TestCatalog.Create(), [Of("A1", "gdp", 100, Q2, vintage: 1), Of("A1", "gdp", 101, Q2, vintage: 2), Of("A2", "gdp", 90, Q2, vintage: 3)]);

        var revised = Assert.Single(set.RevisedFigures);
        Assert.Equal(("A1", 2), (revised[^1].RegionCode, revised.Length));
    }

    [Fact]
    public void PeriodsAreListedInOrder()
    {
        var set = Set(TestCatalog.Create(), [Of("A1", "gdp", 1, Q3), Of("A1", "gdp", 1, Q1), Of("A2", "gdp", 1, Q2), Of("A2", "gdp", 1, Q3)]);

        Assert.Equal([Q1, Q2, Q3], set.Periods.ToArray());
        Assert.Equal(4, set.Count);
    }
}
