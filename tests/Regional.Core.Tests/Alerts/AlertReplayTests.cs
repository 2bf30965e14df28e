using System.Collections.Immutable;
using System.Text.Json;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Observations;
using Regional.Periods;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Alerts;

public class AlertReplayTests
{
    // Q2 → Q3: A2 escalates, B1 is new, A1's quota breach resolves, B2's cap breach stays, debt of A3 de-escalates.
    private static readonly Observation[] Mixed =
    [
        Growth("A2", "2025-Q2", 5.3), Growth("A2", "2025-Q3", 5.3), Growth("B1", "2025-Q3", 4.0),
        Level("A1", "arable_land", "2025-Q2", 900_000), Level("A1", "arable_land", "2025-Q3", 1_100_000),
        Level("B2", "safety_deaths", "2025-Q2", 45), Level("B2", "safety_deaths", "2025-Q3", 47),
        Level("A3", "gov_debt", "2025-Q2", 250), Level("A3", "fiscal_capacity", "2025-Q2", 100),
        Level("A3", "gov_debt", "2025-Q3", 150), Level("A3", "fiscal_capacity", "2025-Q3", 100),
    ];

    [Fact]
    public void ReplayingAPeriodWithTheStateItProducedYieldsNoTransitions()
    {
        var runs = Run(Catalog(), Mixed, "2025-Q2", "2025-Q3");
        Assert.Equal(4, runs[1].Transitions.Length);

        var replay = Evaluate(Catalog(), "2025-Q3", Mixed, runs[1].Alerts, runs[1].EvaluatedAt.AddHours(1));

        Assert.Empty(replay.Transitions);
        Assert.Equal(Json(runs[1].Alerts), Json(replay.Alerts));
    }

    [Fact]
    public void ReplayingAPeriodWithTheStateBeforeItYieldsTheSameTransitionIds()
    {
        var runs = Run(Catalog(), Mixed, "2025-Q2", "2025-Q3");

        var replay = Evaluate(Catalog(), "2025-Q3", Mixed, runs[0].Alerts, runs[1].EvaluatedAt);

        Assert.Equal(runs[1].Transitions.Select(t => t.Id), replay.Transitions.Select(t => t.Id));
    }

    [Fact]
    public void SameInputTwiceGivesEqualResults()
    {
        var previous = Run(Catalog(), Mixed, "2025-Q2")[0].Alerts;

        var first = Evaluate(Catalog(), "2025-Q3", Mixed, previous);
        var second = Evaluate(Catalog(), "2025-Q3", Mixed.Reverse(), previous);

        Assert.Equal(Json(first), Json(second));
    }

    [Fact]
    public void TransitionIdsDifferByPeriodKindAndSeverity()
    {
        var key = new AlertKey("A1", "arable-land", "arable_land");
        var q3 = Period.Parse("2025-Q3");

        var ids = new[]
        {
            TransitionIds.For(key, q3, TransitionKind.New, Severity.Critical),
            TransitionIds.For(key, Period.Parse("2025-Q4"), TransitionKind.New, Severity.Critical),
            TransitionIds.For(key, q3, TransitionKind.Escalated, Severity.Critical),
            TransitionIds.For(key, q3, TransitionKind.New, Severity.Major),
            TransitionIds.For(key with { RegionCode = "A2" }, q3, TransitionKind.New, Severity.Critical),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal(ids[0], TransitionIds.For(key, q3, TransitionKind.New, Severity.Critical));
        Assert.Matches("^[0-9a-f]{20}$", ids[0]);
    }

    [Fact]
    public void AbsentDataResolvesNothing()
    {
        var runs = Run(
            Catalog(),
            [Level("A1", "arable_land", "2025-Q2", 900_000), Growth("A2", "2025-Q2", 5.0), Growth("A3", "2025-Q3", 6.0)],
            "2025-Q2",
            "2025-Q3");

        Assert.Empty(runs[1].Transitions);
        Assert.Equal(Json(runs[0].Alerts), Json(runs[1].Alerts));
        Assert.All(runs[1].Alerts, s => Assert.Equal(AlertCondition.Firing, s.Condition));
    }

    [Fact]
    public void StateOfALaterPeriodIsLeftAloneByAnEarlierPeriod()
    {
        var later = Run(Catalog(), [Level("A1", "arable_land", "2025-Q3", 900_000)], "2025-Q3")[0].Alerts;

        var earlier = Evaluate(Catalog(), "2025-Q2", [Level("A1", "arable_land", "2025-Q2", 1_200_000), Level("A1", "arable_land", "2025-Q3", 900_000)], later);

        Assert.Empty(earlier.Transitions);
        Assert.Equal(Json(later), Json(earlier.Alerts));
    }

    [Fact]
    public void StatesOfOtherKeysAreCarriedForward()
    {
        var other = new AlertState(new AlertKey("Z9", "elsewhere", "x"), AlertCondition.Resolved, Severity.Warning, "breach", Period.Parse("2024-Q1"), FirstRun, Period.Parse("2024-Q1"), 1, null, false, Period.Parse("2024-Q2"), FirstRun);

        var result = Evaluate(Catalog(), "2025-Q3", [Level("A1", "arable_land", "2025-Q3", 900_000)], [other]);

        Assert.Contains(other, result.Alerts);
        Assert.Equal(2, result.Alerts.Length);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static string Json(ImmutableArray<AlertState> states) => JsonSerializer.Serialize(states.ToArray());
}
