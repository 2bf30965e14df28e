using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Alerts;

public class GrowthAlertLifecycleTests
{
    private static readonly AlertKey A2Growth = new("A2", RuleIds.GrowthTarget, "gdp_growth");

    private static List<EvaluationResult> LaggingThreeQuartersThenOnTarget() => Run(
        Catalog(),
        [Growth("A2", "2025-Q1", 5.2), Growth("A2", "2025-Q2", 5.3), Growth("A2", "2025-Q3", 5.2), Growth("A2", "2025-Q4", 6.1)],
        "2025-Q1",
        "2025-Q2",
        "2025-Q3",
        "2025-Q4");

    [Fact]
    public void LaggingRegionIsNewThenEscalatedTwiceThenResolved()
    {
        var runs = LaggingThreeQuartersThenOnTarget();

        var kinds = runs.Select(r => Assert.Single(r.Transitions).Kind).ToList();
        Assert.Equal([TransitionKind.New, TransitionKind.Escalated, TransitionKind.Escalated, TransitionKind.Resolved], kinds);
        Assert.All(runs.SelectMany(r => r.Transitions), t => Assert.True(t.Notify));
    }

    [Fact]
    public void SecondLaggingQuarterEscalatesBySeverityAndTheThirdByPersistence()
    {
        var runs = LaggingThreeQuartersThenOnTarget();

        var second = Assert.Single(runs[1].Transitions);
        Assert.Equal((Severity.Major, Severity.Warning, 2), (second.Severity, second.PreviousSeverity, second.Streak));
        var third = Assert.Single(runs[2].Transitions);
        Assert.Equal((Severity.Major, Severity.Major, 3), (third.Severity, third.PreviousSeverity, third.Streak));
    }

    [Fact]
    public void ResolutionCarriesTheEpisodesDuration()
    {
        var runs = LaggingThreeQuartersThenOnTarget();

        var resolved = Assert.Single(runs[3].Transitions);
        Assert.Equal(3, resolved.DurationPeriods);
        Assert.Equal(runs[3].EvaluatedAt - runs[0].EvaluatedAt, resolved.Duration);
        Assert.Equal(6.1, resolved.Value);
        Assert.Equal(Severity.Major, resolved.PreviousSeverity);
    }

    [Fact]
    public void ResolvedAlertIsKeptInTheStateAsResolved()
    {
        var runs = LaggingThreeQuartersThenOnTarget();

        var state = Assert.Single(runs[3].Alerts, s => s.Key == A2Growth);
        Assert.Equal(AlertCondition.Resolved, state.Condition);
        Assert.Equal(runs[0].Period, state.StartedPeriod);
        Assert.Equal(runs[3].Period, state.ResolvedPeriod);
        Assert.Equal(runs[3].EvaluatedAt, state.ResolvedAt);
    }

    [Fact]
    public void BehindTargetIsInformationAndRaisesNoAlert()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 5.7)]);

        Assert.Single(result.Findings);
        Assert.Empty(result.Transitions);
        Assert.Empty(result.Alerts);
    }

    [Fact]
    public void GrowthWobblingAroundTheLaggingLineFiresOnceAndResolvesOnce()
    {
        var runs = Run(
            Catalog(r => r with { Targets = r.Targets with { EscalateAfterPeriods = 10 } }),
            [Growth("A2", "2025-01", 5.5), Growth("A2", "2025-02", 5.55), Growth("A2", "2025-03", 5.49), Growth("A2", "2025-04", 5.58), Growth("A2", "2025-05", 5.7)],
            "2025-01",
            "2025-02",
            "2025-03",
            "2025-04",
            "2025-05");

        var transitions = runs.SelectMany(r => r.Transitions).Where(t => t.Kind != TransitionKind.Escalated).ToList();
        Assert.Collection(
            transitions,
            t => Assert.Equal((TransitionKind.New, "2025-01"), (t.Kind, t.Period.ToString())),
            t => Assert.Equal((TransitionKind.Resolved, "2025-05"), (t.Kind, t.Period.ToString())));
    }

    [Fact]
    public void LaggingAgainAfterResolutionStartsANewEpisode()
    {
        var runs = Run(
            Catalog(),
            [Growth("A2", "2025-Q1", 5.0), Growth("A2", "2025-Q2", 6.5), Growth("A2", "2025-Q3", 5.0)],
            "2025-Q1",
            "2025-Q2",
            "2025-Q3");

        var again = Assert.Single(runs[2].Transitions);
        Assert.Equal((TransitionKind.New, Severity.Warning), (again.Kind, again.Severity));
        Assert.Equal(runs[2].Period, Assert.Single(runs[2].Alerts).StartedPeriod);
    }
}
