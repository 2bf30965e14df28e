using Regional.Engine;
using Regional.Periods;
using Regional.Sample;

namespace Regional.Core.Tests.Sample;

public sealed class PlantedCaseTests
{
    [Fact]
    public void ManifestListsEveryPlantedCaseWithItsRegionRuleAndPeriods()
    {
        var cases = SampleReplay.Generate().Data.Manifest.Cases.ToDictionary(c => c.Id);

        Assert.Equal(("510400", RuleIds.GrowthTarget), (cases["lagging-two-quarters"].RegionCode, cases["lagging-two-quarters"].RuleId));
        Assert.Equal(["2025-Q2", "2025-Q3"], cases["lagging-two-quarters"].Periods.ToArray());
        Assert.Equal(("510800", "2025-Q3"), (cases["lagging-one-quarter"].RegionCode, cases["lagging-one-quarter"].Periods.Single()));
        Assert.Equal(("511900", "debt-warning-line"), (cases["debt-orange"].RegionCode, cases["debt-orange"].RuleId));
        Assert.Equal(("510600", "arable-land"), (cases["arable-land-breach"].RegionCode, cases["arable-land-breach"].RuleId));
        Assert.Equal(("510000", RuleIds.QualityHierarchy, "510100"), (cases["hierarchy-imbalance"].RegionCode, cases["hierarchy-imbalance"].RuleId, cases["hierarchy-imbalance"].CausedBy));
        Assert.Equal(("511700", RuleIds.QualityRevision), (cases["suspicious-revision"].RegionCode, cases["suspicious-revision"].RuleId));
        Assert.Equal(["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"], cases["target-hugging"].Periods.ToArray());
        Assert.Equal(("513200", RuleIds.QualityCompleteness), (cases["missing-submission"].RegionCode, cases["missing-submission"].RuleId));
    }

    [Fact]
    public void FirstLaggingCityIsLaggingInTheSecondAndThirdQuarterOnly()
    {
        var sample = SampleReplay.Generate();

        Assert.True(sample.Gap("510400", "gdp_growth", "2025-Q1") >= 0);
        Assert.True(sample.Gap("510400", "gdp_growth", "2025-Q2") <= -0.5);
        Assert.True(sample.Gap("510400", "gdp_growth", "2025-Q3") <= -0.5);
        Assert.True(sample.Gap("510400", "gdp_growth", "2025-Q3") > -1.5);
        Assert.True(sample.Gap("510400", "gdp_growth", "2025-Q4") >= 0);
    }

    [Fact]
    public void SecondLaggingCityIsLaggingInTheThirdQuarterOnly()
    {
        var sample = SampleReplay.Generate();

        Assert.True(sample.Gap("510800", "gdp_growth", "2025-Q2") >= 0);
        Assert.True(sample.Gap("510800", "gdp_growth", "2025-Q3") <= -0.5);
        Assert.True(sample.Gap("510800", "gdp_growth", "2025-Q4") >= 0);
    }

    [Fact]
    public void DebtRatioIsOrangeInTheThirdQuarterAndYellowOtherwise()
    {
        var sample = SampleReplay.Generate();

        var q3 = sample.Value("511900", "debt_ratio", "2025-Q3");
        Assert.InRange(q3, 200, 299.99);
        Assert.All(
            SampleReplay.Quarters.Where(p => p != Period.Quarter(2025, 3)),
            p => Assert.InRange(sample.Value("511900", "debt_ratio", p.ToString()), 120, 195));
    }

    [Fact]
    public void ArableLandFallsBelowTheQuotaInTheThirdQuarterOnly()
    {
        var sample = SampleReplay.Generate();
        var rule = sample.Catalog.Rules.RedLines.Single(r => r.Id == "arable-land");
        var quota = rule.Limits["510600"];

        Assert.True(sample.Value("510600", "arable_land", "2025-Q3") < quota);
        Assert.All(
            SampleReplay.Quarters.Where(p => p != Period.Quarter(2025, 3)),
            p => Assert.True(sample.Value("510600", "arable_land", p.ToString()) > quota + rule.ClearMargin));
    }

    [Fact]
    public void CitiesGdpExceedsTheProvinceByMoreThanThreePercentInTheSecondQuarterWhenEveryCityReports()
    {
        var sample = SampleReplay.Generate();
        var q2 = Period.Quarter(2025, 2);

        Assert.True(sample.Imbalance("gdp", q2) > 3.0);
        Assert.All(sample.Catalog.ComparedRegions, r => Assert.NotNull(sample.Set.Latest(r.Code, "gdp", q2)));
        Assert.All(
            SampleReplay.Quarters.Where(p => p != q2 && p != Period.Quarter(2025, 3)),
            p => Assert.InRange(sample.Imbalance("gdp", p), -0.3, 0.3));
        Assert.True(sample.Imbalance("gdp", Period.Quarter(2025, 3)) <= 0.3);
    }

    [Fact]
    public void SecondQuarterGrowthIsRevisedByMoreThanThreePointsInALaterEnvelope()
    {
        var sample = SampleReplay.Generate();

        var vintages = sample.Set.Vintages("511700", "gdp_growth", Period.Quarter(2025, 2));
        Assert.Equal(2, vintages.Length);
        Assert.True(Math.Abs(vintages[1].Value - vintages[0].Value) > 3.0);
        var envelopes = sample.Data.Envelopes.Where(e => e.Observations.Any(o => o.Region == "511700" && o.Indicator == "gdp_growth" && o.Period == "2025-Q2")).ToList();
        Assert.Equal(2, envelopes.Count);
        Assert.True(envelopes[1].SubmittedAt > envelopes[0].SubmittedAt);
    }

    [Fact]
    public void HuggerReportsGrowthJustAboveTargetForFiveQuartersRunning()
    {
        var sample = SampleReplay.Generate();
        var within = sample.Catalog.Rules.Quality.TargetHugging.WithinPoints;

        var gaps = SampleReplay.Quarters.Select(p => sample.Gap("510900", "gdp_growth", p.ToString())).ToArray();

        Assert.All(gaps[2..7], g => Assert.InRange(g, 0, within));
        Assert.All(new[] { gaps[0], gaps[1], gaps[7] }, g => Assert.True(g > within));
    }

    [Fact]
    public void MissingCityReportsNothingForTheThirdQuarterButEverythingElse()
    {
        var sample = SampleReplay.Generate();
        var q3 = Period.Quarter(2025, 3);

        Assert.DoesNotContain(sample.Observations, o => o.RegionCode == "513200" && o.Period == q3);
        Assert.DoesNotContain(sample.Data.Envelopes, e => e.SubmissionId.StartsWith("513200-2025-Q3", StringComparison.Ordinal));
        Assert.All(
            SampleReplay.Quarters.Where(p => p != q3),
            p => Assert.NotNull(sample.Set.Latest("513200", "gdp_growth", p)));
    }
}
