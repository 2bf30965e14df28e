using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.Targets;
using Regional.Periods;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Engine.Targets;

public class RestOfYearGrowthTests
{
    [Fact]
    public void NineMonthsAtThreePointOneNeedFourteenPointSevenInTheLastQuarter()
    {
        // (1.06 − 0.75 × 1.031) / 0.25 − 1 = 0.147
        Assert.Equal(14.7, RestOfYearGrowth.Needed(3.1, 6.0, 0.75)!.Value, 9);
    }

    [Fact]
    public void GrowthOnTargetSoFarNeedsExactlyTheTarget() =>
        Assert.Equal(6.0, RestOfYearGrowth.Needed(6.0, 6.0, 0.5)!.Value, 9);

    [Fact]
    public void FullYearNeedsNothingMore() =>
        Assert.Null(RestOfYearGrowth.Needed(3.1, 6.0, 1.0));

    [Fact]
    public void ScorecardCarriesNeededGrowthFromTheMonthShare()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 3.1)]);

        Assert.Equal(14.7, result.Scorecards.Single(s => s.RegionCode == "A2").Indicator("gdp_growth")!.Target!.NeededRestOfYear!.Value, 9);
    }

    [Fact]
    public void FourthQuarterScoreHasNoNeededGrowth()
    {
        var result = Evaluate(Catalog(), "2025-Q4", [Growth("A2", "2025-Q4", 3.1)]);

        Assert.Null(result.Scorecards.Single(s => s.RegionCode == "A2").Indicator("gdp_growth")!.Target!.NeededRestOfYear);
    }

    [Fact]
    public void LastYearsGdpProfileReplacesTheMonthShare()
    {
        var observations = new ObservationSet(Catalog(), [Level("A2", "gdp", "2024-Q3", 700), Level("A2", "gdp", "2024-Q4", 1000)]);

        var share = RestOfYearGrowth.ElapsedShare(Catalog(), observations, "A2", "gdp_growth", Period.Parse("2025-Q3"));

        Assert.Equal(0.7, share, 12);
    }

    [Fact]
    public void GdpProfileUsesTheAnnualFigureWhenTheLastQuarterIsMissing()
    {
        var observations = new ObservationSet(Catalog(), [Level("A2", "gdp", "2024-Q3", 700), Level("A2", "gdp", "2024", 1000)]);

        var share = RestOfYearGrowth.ElapsedShare(Catalog(), observations, "A2", "gdp_growth", Period.Parse("2025-Q3"));

        Assert.Equal(0.7, share, 12);
    }

    [Fact]
    public void WithoutLastYearsFullYearTheMonthShareIsUsed()
    {
        var observations = new ObservationSet(Catalog(), [Level("A2", "gdp", "2024-Q3", 700)]);

        var share = RestOfYearGrowth.ElapsedShare(Catalog(), observations, "A2", "gdp_growth", Period.Parse("2025-Q3"));

        Assert.Equal(0.75, share, 12);
    }

    [Fact]
    public void OtherIndicatorsKeepTheMonthShare()
    {
        var observations = new ObservationSet(Catalog(), [Level("A2", "gdp", "2024-03", 200), Level("A2", "gdp", "2024-12", 1000)]);

        Assert.Equal(0.25, RestOfYearGrowth.ElapsedShare(Catalog(), observations, "A2", "electricity_growth", Period.Parse("2025-03")), 12);
        Assert.Equal(0.2, RestOfYearGrowth.ElapsedShare(Catalog(), observations, "A2", "gdp_growth", Period.Parse("2025-03")), 12);
    }

    [Fact]
    public void ScorecardNeededGrowthUsesTheGdpProfile()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 3.1), Level("A2", "gdp", "2024-Q3", 700), Level("A2", "gdp", "2024-Q4", 1000)]);

        // (1.06 − 0.7 × 1.031) / 0.3 − 1
        var expected = ((1.06 - (0.7 * 1.031)) / 0.3 - 1) * 100;
        Assert.Equal(expected, result.Scorecards.Single(s => s.RegionCode == "A2").Indicator("gdp_growth")!.Target!.NeededRestOfYear!.Value, 9);
    }

    [Fact]
    public void CatalogWithoutWeightIndicatorUsesTheMonthShare()
    {
        var catalog = Catalog(r => r with { Comparison = r.Comparison with { WeightIndicatorId = null } });
        var observations = new ObservationSet(catalog, [Level("A2", "gdp", "2024-Q3", 700), Level("A2", "gdp", "2024-Q4", 1000)]);

        Assert.Equal(0.75, RestOfYearGrowth.ElapsedShare(catalog, observations, "A2", "gdp_growth", Period.Parse("2025-Q3")), 12);
    }
}
