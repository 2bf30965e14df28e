using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Quality;

public class RevisionsTests
{
    [Theory]
    [InlineData(1009, null)]
    [InlineData(1010, "warn")]
    [InlineData(1029, "warn")]
    [InlineData(1030, "fail")]
    [InlineData(970, "fail")]
    [InlineData(990, "warn")]
    public void LevelRevisionInPercentOfTheEarlierValueWarnsAtOneAndFailsAtThree(double revised, string? state)
    {
        var observations = new[] { Of("A1", "gdp", 1000, Q3, vintage: 1), Of("A1", "gdp", revised, Q3, vintage: 2) };

        var findings = Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations);

        Assert.Equal(state, findings.SingleOrDefault()?.State);
    }

    [Theory]
    [InlineData(6.9, null)]
    [InlineData(7.2, "warn")]
    [InlineData(9, "fail")]
    public void GrowthRevisionIsMeasuredInPercentagePoints(double revised, string? state)
    {
        // From 6.0 to 6.9 is 15% of the earlier value but only 0.9 points.
        var observations = new[] { Of("B2", "gdp_growth", 6, Q3, vintage: 1), Of("B2", "gdp_growth", revised, Q3, vintage: 2) };

        var findings = Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations);

        Assert.Equal(state, findings.SingleOrDefault()?.State);
    }

    [Fact]
    public void RevisionOfThePreviousPeriodIsReportedWithThatPeriod()
    {
        var observations = new[] { Of("A2", "gdp", 500, Q2, vintage: 1), Of("A2", "gdp", 520, Q2, vintage: 2), Of("A2", "gdp", 800, Q3) };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations));

        Assert.Equal(("A2", "gdp", "fail", Severity.Major), (finding.RegionCode, finding.IndicatorId, finding.State, finding.Severity));
        Assert.Equal(520, finding.Value);
        Assert.Equal(500, finding.Threshold);
        Assert.Equal(4, finding.Gap);
        Assert.Contains("2025 Q2", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("from 500", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void RevisionOfAPeriodTwoOrMoreBackIsNoLongerReported()
    {
        var observations = new[] { Of("A2", "gdp", 500, Q1, vintage: 1), Of("A2", "gdp", 520, Q1, vintage: 2), Of("A2", "gdp", 800, Q3) };

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations));
        Assert.Single(Findings(TestCatalog.Create(), Q2, RuleIds.QualityRevision, observations));
    }

    [Fact]
    public void RevisionOfALaterPeriodIsNotPartOfThisEvaluation()
    {
        var observations = new[] { Of("A2", "gdp", 500, Q4, vintage: 1), Of("A2", "gdp", 600, Q4, vintage: 2) };

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations));
    }

    [Fact]
    public void TheLatestVintageIsComparedWithThePreviousOneNotTheFirst()
    {
        var observations = new[] { Of("A3", "gdp", 1000, Q3, vintage: 1), Of("A3", "gdp", 1100, Q3, vintage: 2), Of("A3", "gdp", 1105, Q3, vintage: 3) };

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations));
    }

    [Fact]
    public void VintagesAreOrderedByNumberNotByArrival()
    {
        var observations = new[] { Of("A3", "gdp", 1105, Q3, vintage: 3), Of("A3", "gdp", 1000, Q3, vintage: 1), Of("A3", "gdp", 1100, Q3, vintage: 2) };

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations));
    }

    [Fact]
    public void SingleVintageIsNoRevision()
    {
        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, [Of("A3", "gdp", 1000, Q3, vintage: 2)]));
    }

    [Fact]
    public void LevelRevisedAwayFromZeroFailsWithoutAPercentage()
    {
        var observations = new[] { Of("B3", "safety_deaths", 0, Q3, vintage: 1), Of("B3", "safety_deaths", 2, Q3, vintage: 2) };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations));

        Assert.Equal("fail", finding.State);
        Assert.Null(finding.Gap);
    }

    [Fact]
    public void SeveralRevisedPeriodsGiveOneFindingForTheLargest()
    {
        var observations = new[]
        {
            Of("B1", "gdp", 100, Q1, vintage: 1), Of("B1", "gdp", 110, Q1, vintage: 2),
            Of("B1", "gdp", 200, Q2, vintage: 1), Of("B1", "gdp", 210, Q2, vintage: 2),
            Of("B1", "gdp", 300, Q3, vintage: 1), Of("B1", "gdp", 306, Q3, vintage: 2),
        };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations));

        Assert.Equal("fail", finding.State);
        Assert.Equal(5, finding.Gap);
        Assert.Contains("for 2025 Q2", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("Also revised beyond the tolerance: 2025 Q3.", finding.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("2025 Q1", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeLevelsRevisePercentOfTheirSize()
    {
        var observations = new[] { Of("A1", "gdp", -100, Q3, vintage: 1), Of("A1", "gdp", -98, Q3, vintage: 2) };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations));

        Assert.Equal(2, finding.Gap);
        Assert.Equal("warn", finding.State);
    }
}
