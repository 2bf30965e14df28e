using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.Targets;
using Regional.Periods;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Engine.Targets;

public class GrowthTargetTests
{
    private static TargetScore? ScoreOf(EvaluationResult result, string region) =>
        result.Scorecards.Single(s => s.RegionCode == region).Indicator("gdp_growth")?.Target;

    [Fact]
    public void RegionOnTrackHasAScoreButNoFinding()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 6.0)]);

        Assert.Equal("on-track", ScoreOf(result, "A2")!.Band);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.GrowthTarget);
    }

    [Fact]
    public void GapIsValueMinusTargetInPercentagePoints()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 3.1)]);

        var finding = Single(result, "A2", RuleIds.GrowthTarget);
        Assert.Equal(-2.9, finding.Gap!.Value, 9);
        Assert.Equal(6.0, finding.Threshold);
        Assert.Equal(3.1, finding.Value);
        Assert.Equal(FindingKind.Growth, finding.Kind);
    }

    [Fact]
    public void RegionWithoutItsOwnTargetFallsBackToTheProvince()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A1", "2025-Q3", 6.5), Growth("A2", "2025-Q3", 6.5)]);

        Assert.Equal(7.0, ScoreOf(result, "A1")!.Target);
        Assert.Equal(6.0, ScoreOf(result, "A2")!.Target);
    }

    [Theory]
    [InlineData(-0.3, "behind", Severity.Info)]
    [InlineData(-0.5, "lagging", Severity.Warning)]
    [InlineData(-1.4, "lagging", Severity.Warning)]
    [InlineData(-1.5, "seriously-lagging", Severity.Major)]
    public void ShortfallIsGradedByTheTargetBands(double gap, string state, Severity severity)
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 6.0 + gap)]);

        var finding = Single(result, "A2", RuleIds.GrowthTarget);
        Assert.Equal(state, finding.State);
        Assert.Equal(severity, finding.Severity);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.5)]
    public void ZeroAndNegativeGrowthAreSeriouslyLagging(double value)
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("B1", "2025-Q3", value)]);

        var finding = Single(result, "B1", RuleIds.GrowthTarget);
        Assert.Equal("seriously-lagging", finding.State);
        Assert.Equal(value - 6.0, finding.Gap!.Value, 9);
    }

    [Fact]
    public void RegionMissingFromThePeriodIsNotEvaluated()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 3.0), Growth("A3", "2025-Q2", 3.0)]);

        Assert.Null(ScoreOf(result, "A3"));
        Assert.DoesNotContain(result.Findings, f => f.RegionCode == "A3");
    }

    [Fact]
    public void FirstLaggingPeriodWithoutHistoryHasStreakOne()
    {
        var result = Evaluate(Catalog(), "2025-Q1", [Growth("A2", "2025-Q1", 5.0)]);

        Assert.Equal(1, ScoreOf(result, "A2")!.LaggingStreak);
    }

    [Fact]
    public void LaggingStreakCountsConsecutiveEarlierPeriodsInTheInput()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q1", 5.0), Growth("A2", "2025-Q2", 5.2), Growth("A2", "2025-Q3", 5.1)]);

        Assert.Equal(3, ScoreOf(result, "A2")!.LaggingStreak);
    }

    [Fact]
    public void LaggingStreakStopsAtAPeriodWithoutData()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q1", 5.0), Growth("A2", "2025-Q3", 5.1)]);

        Assert.Equal(1, ScoreOf(result, "A2")!.LaggingStreak);
    }

    [Fact]
    public void LaggingStreakCrossesTheYearAgainstEachYearsTarget()
    {
        var result = Evaluate(Catalog(), "2025-Q1", [Growth("A2", "2024-Q4", 5.4), Growth("A2", "2025-Q1", 5.4)]);

        Assert.Equal(2, ScoreOf(result, "A2")!.LaggingStreak);
    }

    [Fact]
    public void LaggingStreakResetsAfterAPeriodOnTrack()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q1", 5.0), Growth("A2", "2025-Q2", 6.3), Growth("A2", "2025-Q3", 5.1)]);

        Assert.Equal(1, ScoreOf(result, "A2")!.LaggingStreak);
    }

    [Fact]
    public void LaggingRegionIsEscalatedToMajorAfterTwoQuarters()
    {
        var result = Evaluate(Catalog(), "2025-Q2", [Growth("A2", "2025-Q1", 5.3), Growth("A2", "2025-Q2", 5.3)]);

        Assert.Equal(Severity.Major, Single(result, "A2", RuleIds.GrowthTarget).Severity);
    }

    [Fact]
    public void PersistentSeriousShortfallIsCritical()
    {
        var result = Evaluate(Catalog(), "2025-Q2", [Growth("A2", "2025-Q1", 5.3), Growth("A2", "2025-Q2", 4.0)]);

        var finding = Single(result, "A2", RuleIds.GrowthTarget);
        Assert.Equal("seriously-lagging", finding.State);
        Assert.Equal(Severity.Critical, finding.Severity);
    }

    [Fact]
    public void LaggingRegionStaysLaggingInsideTheClearMargin()
    {
        var previous = LaggingState("A2", "2025-Q2");

        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 5.55)], [previous]);

        Assert.Equal("lagging", Single(result, "A2", RuleIds.GrowthTarget).State);
    }

    [Fact]
    public void LaggingRegionClearsOncePastTheClearMargin()
    {
        var previous = LaggingState("A2", "2025-Q2");

        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 5.65)], [previous]);

        Assert.Equal("behind", Single(result, "A2", RuleIds.GrowthTarget).State);
    }

    [Fact]
    public void ClearMarginDoesNotHoldARegionThatWasNotLagging()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 5.55)]);

        Assert.Equal("behind", Single(result, "A2", RuleIds.GrowthTarget).State);
    }

    [Fact]
    public void ClearMarginAlsoHoldsALaggingQuarterFoundInTheData()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q2", 5.0), Growth("A2", "2025-Q3", 5.55)]);

        Assert.Equal("lagging", Single(result, "A2", RuleIds.GrowthTarget).State);
        Assert.Equal(2, ScoreOf(result, "A2")!.LaggingStreak);
    }

    [Fact]
    public void EveryTargetIndicatorIsEvaluated()
    {
        var catalog = new Catalog(
            Catalog().Info,
            TestCatalog.Regions(),
            TestCatalog.Indicators(),
            [new GrowthTarget(2025, TestCatalog.Province, "gdp_growth", 6.0), new GrowthTarget(2025, TestCatalog.Province, "electricity_growth", 5.0)],
            Catalog().Rules with { Targets = new TargetRules(["gdp_growth", "electricity_growth"]) });

        var result = Evaluate(catalog, "2025-Q3", [Growth("A2", "2025-Q3", 6.0), Growth("A2", "2025-Q3", 3.0, "electricity_growth")]);

        var finding = Single(result, "A2", RuleIds.GrowthTarget);
        Assert.Equal("electricity_growth", finding.IndicatorId);
        Assert.Equal(-2.0, finding.Gap!.Value, 9);
    }

    private static AlertState LaggingState(string region, string period) => new(
        new AlertKey(region, RuleIds.GrowthTarget, "gdp_growth"),
        AlertCondition.Firing,
        Severity.Warning,
        "lagging",
        Period.Parse(period),
        FirstRun,
        Period.Parse(period),
        1,
        5.0,
        false);
}
