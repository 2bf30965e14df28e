using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Observations;
using static Regional.Core.Tests.Engine.EngineFixture;
using static Regional.Core.Tests.Engine.QuarterFigures;

namespace Regional.Core.Tests.Engine;

/// <summary>
/// A data-quality failure through the whole evaluation, every quality check switched on: the failing region's growth
/// alert is muted but kept, its growth results are marked, and the alert is notified once the data is sound again.
/// </summary>
public class QualityInhibitionEvaluationTests
{
    private static readonly AlertKey A2Growth = new("A2", RuleIds.GrowthTarget, "gdp_growth");

    /// <summary>A2 lags (4.0% against 6.0%) and its electricity and tax growth contradict its GDP growth by 12 points.</summary>
    private static List<Observation> ContradictoryQ3() =>
        With(With(Consistent("2025-Q3"), "A2", "electricity_growth", -8.3), "A2", "tax_revenue_growth", -8.2);

    [Fact]
    public void CrossIndicatorFailureMutesTheRegionsGrowthAlertWithoutLosingIt()
    {
        var result = Evaluate(TestCatalog.Create(), "2025-Q3", ContradictoryQ3());

        var growth = Single(result, "A2", RuleIds.GrowthTarget);
        Assert.Equal(("seriously-lagging", RuleIds.QualityCrossIndicator), (growth.State, growth.InhibitedBy));
        var transition = Assert.Single(result.Transitions, t => t.Key == A2Growth);
        Assert.Equal(
            (TransitionKind.Inhibited, false, RuleIds.QualityCrossIndicator),
            (transition.Kind, transition.Notify, transition.InhibitedReason));
        var state = Assert.Single(result.Alerts, s => s.Key == A2Growth);
        Assert.Equal((AlertCondition.Firing, true), (state.Condition, state.Inhibited));
    }

    [Fact]
    public void TheFailingCheckItselfIsNotified()
    {
        var result = Evaluate(TestCatalog.Create(), "2025-Q3", ContradictoryQ3());

        var quality = Single(result, "A2", RuleIds.QualityCrossIndicator);
        Assert.Equal(("fail", Severity.Major), (quality.State, quality.Severity));
        var transition = Assert.Single(result.Transitions, t => t.Key == quality.Key);
        Assert.Equal((TransitionKind.New, true), (transition.Kind, transition.Notify));
    }

    [Fact]
    public void OtherRegionsGrowthAlertsAreNotMuted()
    {
        var result = Evaluate(TestCatalog.Create(), "2025-Q3", ContradictoryQ3());

        var a3 = Single(result, "A3", RuleIds.GrowthTarget);
        Assert.Null(a3.InhibitedBy);
        var transition = Assert.Single(result.Transitions, t => t.Key == a3.Key);
        Assert.Equal((TransitionKind.New, true), (transition.Kind, transition.Notify));
    }

    [Fact]
    public void FailingRegionsGrowthResultsAreMarkedAndItsLevelsAreNot()
    {
        var result = Evaluate(TestCatalog.Create(), "2025-Q3", ContradictoryQ3());

        var a2 = Assert.Single(result.Scorecards, s => s.RegionCode == "A2");
        Assert.Equal(QualityStatus.Fail, a2.Quality);
        Assert.Equal(
            [("gdp_growth", true), ("electricity_growth", true), ("tax_revenue_growth", true), ("gdp", false)],
            a2.Indicators.Select(i => (i.IndicatorId, i.QualityMarked)));
        Assert.DoesNotContain(result.Scorecards.Where(s => s.RegionCode != "A2"), s => s.Indicators.Any(i => i.QualityMarked));
    }

    [Fact]
    public void RevisionBeyondTheFailLevelMutesTheRevisedRegionsGrowthAlert()
    {
        List<Observation> figures =
        [
            .. Consistent("2025-Q3").Where(o => !(o.RegionCode == "A2" && o.IndicatorId == "gdp_growth")),
            new("A2", "gdp_growth", Figures.Q3, 7.5, Basis.YtdGrowth, vintage: 1),
            new("A2", "gdp_growth", Figures.Q3, 4.0, Basis.YtdGrowth, vintage: 2),
        ];

        var result = Evaluate(TestCatalog.Create(), "2025-Q3", figures);

        Assert.Equal("fail", Single(result, "A2", RuleIds.QualityRevision).State);
        Assert.Equal(RuleIds.QualityRevision, Single(result, "A2", RuleIds.GrowthTarget).InhibitedBy);
        Assert.Equal(TransitionKind.Inhibited, Assert.Single(result.Transitions, t => t.Key == A2Growth).Kind);
    }

    [Fact]
    public void OnceTheDataIsSoundTheMutedAlertIsNotifiedAsNew()
    {
        var catalog = TestCatalog.Create();
        var q3 = ContradictoryQ3();
        var muted = Evaluate(catalog, "2025-Q3", q3);

        var fixedQ4 = Evaluate(catalog, "2025-Q4", [.. q3, .. Consistent("2025-Q4")], muted.Alerts, FirstRun.AddDays(91));

        var growth = Single(fixedQ4, "A2", RuleIds.GrowthTarget);
        Assert.Null(growth.InhibitedBy);
        var transition = Assert.Single(fixedQ4.Transitions, t => t.Key == A2Growth);
        Assert.Equal((TransitionKind.New, true, null), (transition.Kind, transition.Notify, transition.InhibitedReason));
        var state = Assert.Single(fixedQ4.Alerts, s => s.Key == A2Growth);
        Assert.Equal((false, "2025-Q3"), (state.Inhibited, state.StartedPeriod.ToString()));
        Assert.False(Assert.Single(fixedQ4.Scorecards, s => s.RegionCode == "A2").Indicator("gdp_growth")!.QualityMarked);
    }

    [Fact]
    public void OnceTheDataIsSoundTheQualityAlertResolves()
    {
        var catalog = TestCatalog.Create();
        var q3 = ContradictoryQ3();
        var muted = Evaluate(catalog, "2025-Q3", q3);

        var fixedQ4 = Evaluate(catalog, "2025-Q4", [.. q3, .. Consistent("2025-Q4")], muted.Alerts, FirstRun.AddDays(91));

        var resolved = Assert.Single(fixedQ4.Transitions, t => t.Key == new AlertKey("A2", RuleIds.QualityCrossIndicator, "gdp_growth"));
        Assert.Equal((TransitionKind.Resolved, true), (resolved.Kind, resolved.Notify));
        Assert.DoesNotContain(fixedQ4.Findings, f => f.Kind == FindingKind.Quality && f.RegionCode == "A2");
    }
}
