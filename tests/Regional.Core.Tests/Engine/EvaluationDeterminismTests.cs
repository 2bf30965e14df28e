using System.Collections.Immutable;
using System.Text.Json;
using Regional.Alerts;
using Regional.Engine;
using Regional.Observations;
using Regional.Serialization;
using static Regional.Core.Tests.Engine.EngineFixture;
using static Regional.Core.Tests.Engine.QuarterFigures;

namespace Regional.Core.Tests.Engine;

/// <summary>
/// The same input gives the same published result, byte for byte in the project's JSON: stored evaluations and
/// alert ids can be compared and replayed.
/// </summary>
public class EvaluationDeterminismTests
{
    /// <summary>
    /// Two quarters with something for every part of the engine: lagging regions, a cross-indicator failure, a
    /// revised figure, debt in the orange band, arable land under quota, deaths over the cap, and the alert state
    /// the earlier quarter left.
    /// </summary>
    private static EvaluationInput Scenario()
    {
        var catalog = TestCatalog.Create();
        List<Observation> figures =
        [
            .. Consistent("2025-Q2"),
            .. With(Consistent("2025-Q3"), "B2", "electricity_growth", 18),
            new("A3", "gdp", Figures.Q3, 760, Basis.Level, vintage: 2),
            Level("A1", "gov_debt", "2025-Q3", 240), Level("A1", "fiscal_capacity", "2025-Q3", 100),
            Level("B1", "gov_debt", "2025-Q3", 90), Level("B1", "fiscal_capacity", "2025-Q3", 100),
            Level("A2", "arable_land", "2025-Q3", 1_900_000),
            Level("B2", "safety_deaths", "2025-Q3", 55),
        ];
        var q2 = Evaluator.Evaluate(new EvaluationInput(catalog, Figures.Q2, [.. figures], [], FirstRun));
        return new EvaluationInput(catalog, Figures.Q3, [.. figures], q2.Alerts, FirstRun.AddDays(91));
    }

    private static string Json(EvaluationResult result) => JsonSerializer.Serialize(result, RegionalJson.Options);

    [Fact]
    public void TheSameInputTwiceGivesTheSameSerializedResult()
    {
        var input = Scenario();

        var first = Json(Evaluator.Evaluate(input));
        var second = Json(Evaluator.Evaluate(input));

        Assert.Equal(first, second);
    }

    [Fact]
    public void TheScenarioExercisesEveryKindOfFindingAndTransition()
    {
        var result = Evaluator.Evaluate(Scenario());

        Assert.Equal(
            [FindingKind.Growth, FindingKind.RedLine, FindingKind.Quality],
            result.Findings.Select(f => f.Kind).Distinct().Order());
        Assert.Contains(result.Findings, f => f.InhibitedBy is not null);
        Assert.Contains(result.Transitions, t => t.Kind == TransitionKind.Escalated);
        Assert.Contains(result.Transitions, t => t.Kind == TransitionKind.New);
        Assert.Contains(result.Transitions, t => t.Kind == TransitionKind.Inhibited);
    }

    [Fact]
    public void TheOrderOfTheInputDoesNotChangeTheSerializedResult()
    {
        var input = Scenario();
        var reversed = input with
        {
            Observations = ImmutableArray.CreateRange(input.Observations.Reverse()),
            PreviousAlerts = ImmutableArray.CreateRange(input.PreviousAlerts.Reverse()),
        };

        Assert.Equal(Json(Evaluator.Evaluate(input)), Json(Evaluator.Evaluate(reversed)));
    }
}
