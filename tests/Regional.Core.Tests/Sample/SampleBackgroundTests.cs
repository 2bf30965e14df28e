using Regional.Catalogs;
using Regional.Periods;
using Regional.Sample;

namespace Regional.Core.Tests.Sample;

/// <summary>Outside the planted cases nothing should fire under the Sichuan rules.</summary>
public sealed class SampleBackgroundTests
{
    private static readonly Period Q2 = Period.Quarter(2025, 2);
    private static readonly Period Q3 = Period.Quarter(2025, 3);

    public static TheoryData<int> Seeds => [2025, 1, 77, 12345];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void UnplantedRegionsStayOnTrackAgainstEveryTarget(int seed)
    {
        var sample = SampleReplay.Generate(seed);
        var plan = SamplePlan.Sichuan;
        var targeted = sample.Catalog.Rules.Targets.IndicatorIds;
        var regions = sample.Catalog.ComparedRegions.Select(r => r.Code).Append("510000");

        foreach (var region in regions)
        {
            foreach (var indicator in targeted)
            {
                foreach (var period in SampleReplay.Quarters.Where(p => sample.Set.Latest(region, indicator, p) is not null))
                {
                    var planted = indicator == "gdp_growth"
                        && ((region == plan.LaggingTwoQuartersRegion && (period == Q2 || period == Q3))
                            || (region == plan.LaggingOneQuarterRegion && period == Q3));
                    var gap = sample.Gap(region, indicator, period.ToString());
                    Assert.True(planted || gap >= 0, $"{region} {indicator} {period}: gap {gap}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NoRegionIsAPeerOutlierInAnyVintage(int seed)
    {
        var sample = SampleReplay.Generate(seed);
        var check = sample.Catalog.Rules.Quality.PeerOutlier;

        foreach (var indicator in check.IndicatorIds)
        {
            foreach (var period in SampleReplay.Quarters)
            {
                var latest = sample.RobustZ(indicator, period);
                var first = sample.RobustZ(indicator, period, code => sample.Set.Vintages(code, indicator, period).FirstOrDefault()?.Value);
                Assert.All(latest.Concat(first), z => Assert.True(Math.Abs(z.Value) < check.WarnZ, $"{z.Key} {indicator} {period}: z {z.Value:0.00}"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void GdpGrowthStaysCloseToElectricityAndTaxGrowth(int seed)
    {
        var sample = SampleReplay.Generate(seed);
        var check = sample.Catalog.Rules.Quality.CrossIndicator;

        foreach (var observation in sample.Observations.Where(o => o.IndicatorId == check.SubjectIndicatorId))
        {
            var proxies = check.ProxyIndicatorIds.Select(id => sample.Set.Value(observation.RegionCode, id, observation.Period)!.Value).Average();
            Assert.True(Math.Abs(observation.Value - proxies) < check.WarnGap / 2, $"{observation.Key}: {observation.Value} vs {proxies}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void OnlyThePlantedFigureHasASecondVintage(int seed)
    {
        var sample = SampleReplay.Generate(seed);

        var revised = sample.Observations.Where(o => o.Vintage > 1).ToList();

        Assert.Equal(("511700", "gdp_growth", Q2), (revised.Single().RegionCode, revised.Single().IndicatorId, revised.Single().Period));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void OnlyThePlantedCityHugsItsTarget(int seed)
    {
        var sample = SampleReplay.Generate(seed);
        var within = sample.Catalog.Rules.Quality.TargetHugging.WithinPoints;

        foreach (var region in sample.Catalog.ComparedRegions.Where(r => r.Code != SamplePlan.Sichuan.TargetHuggerRegion))
        {
            Assert.All(
                SampleReplay.Quarters.Where(p => sample.Set.Latest(region.Code, "gdp_growth", p) is not null),
                p => Assert.False(sample.Gap(region.Code, "gdp_growth", p.ToString()) is >= 0 and <= 0.2 + 1e-9, $"{region.Code} {p} hugs"));
        }

        Assert.True(within >= 0.2);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RedLinesHoldOutsideThePlantedCases(int seed)
    {
        var sample = SampleReplay.Generate(seed);
        var plan = SamplePlan.Sichuan;

        foreach (var observation in sample.Observations.Where(o => o.Vintage == 1))
        {
            var region = observation.RegionCode;
            var period = observation.Period;
            foreach (var rule in sample.Catalog.Rules.RedLines.Where(r => r.IndicatorId == observation.IndicatorId))
            {
                var limit = rule.Limits.GetValueOrDefault(region);
                switch (rule.Kind)
                {
                    case RedLineKind.Quota when !(rule.Id == "arable-land" && region == plan.ArableBreachRegion && period == Q3):
                        Assert.True(observation.Value >= limit + rule.ClearMargin, $"{rule.Id} {region} {period}");
                        break;
                    case RedLineKind.Cap:
                        Assert.True(observation.Value < limit, $"{rule.Id} {region} {period}");
                        break;
                    case RedLineKind.NoDecrease when period.Year == 2025:
                        Assert.True(observation.Value >= sample.Set.Value(region, rule.IndicatorId, period.SameLastYear()), $"{rule.Id} {region} {period}");
                        break;
                }
            }
        }

        foreach (var region in sample.Catalog.Regions.Where(r => r.Code != plan.DebtOrangeRegion))
        {
            Assert.All(
                SampleReplay.Quarters.Where(p => sample.Set.Value(region.Code, "debt_ratio", p) is not null),
                p => Assert.True(sample.Set.Value(region.Code, "debt_ratio", p) < 115, $"{region.Code} {p} debt ratio"));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CitiesAddUpToTheProvinceWithinAFewTenthsOfAPercent(int seed)
    {
        var sample = SampleReplay.Generate(seed);
        var additive = sample.Catalog.Indicators.Where(i => i.Aggregation == Aggregation.Sum && i.Derivation is null);

        foreach (var indicator in additive)
        {
            foreach (var period in SampleReplay.Quarters.Where(p => p != Q3 && !(p == Q2 && indicator.Id == "gdp")))
            {
                Assert.InRange(sample.Imbalance(indicator.Id, period), -0.3, 0.3);
            }

            // In 2025-Q3 one city reports nothing: the others add up to no more than the province.
            Assert.True(sample.Imbalance(indicator.Id, Q3) <= 0.3, $"{indicator.Id} 2025-Q3");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryValueIsFiniteAndInsideItsPlausibleRange(int seed)
    {
        var sample = SampleReplay.Generate(seed);

        Assert.All(sample.Data.Envelopes.SelectMany(e => e.Observations), o =>
        {
            var indicator = sample.Catalog.FindIndicator(o.Indicator)!;
            Assert.NotNull(o.Value);
            Assert.True(double.IsFinite(o.Value.Value));
            Assert.InRange(o.Value.Value, indicator.PlausibleMin, indicator.PlausibleMax);
        });
    }

    [Fact]
    public void ChengduHasTheLargestGdpOfAllCities()
    {
        var sample = SampleReplay.Generate();

        var largest = sample.Catalog.ComparedRegions.MaxBy(r => sample.Value(r.Code, "gdp", "2024-Q4"))!;

        Assert.Equal("510100", largest.Code);
    }
}
