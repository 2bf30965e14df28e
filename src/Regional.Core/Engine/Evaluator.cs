using System.Collections.Immutable;

namespace Regional.Engine;

/// <summary>The evaluation engine: pure, deterministic, no I/O and no clock.</summary>
public static class Evaluator
{
    public static EvaluationResult Evaluate(EvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new EvaluationResult(
            input.Period,
            input.Catalog.Info.Id,
            input.Catalog.Info.Version,
            input.EvaluatedAt,
            [],
            [],
            [],
            input.PreviousAlerts);
    }
}
