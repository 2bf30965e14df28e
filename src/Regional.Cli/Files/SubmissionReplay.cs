using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Deadlines;
using Regional.Engine;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Cli.Files;

/// <summary>
/// Evaluates accepted submission files without storage, the way the stored pipeline would have: figures become
/// vintages in submission order, and every period of the target's frequency up to the target is evaluated in order,
/// each starting from the alert state the previous one left, so persistence (lagging streaks) and transitions evolve.
/// A period whose reporting deadline (the default: 25 days after its end) is behind the evaluation time is evaluated
/// with the deadline passed, as the stored pipeline does: missing figures are then graded, not pending.
/// </summary>
internal static class SubmissionReplay
{
    /// <summary>One result per evaluated period, oldest first; the last is <paramref name="period"/>.</summary>
    public static ImmutableArray<EvaluationResult> Evaluate(Catalog catalog, IEnumerable<SubmissionFile> filesInSubmissionOrder, Period period, DateTimeOffset evaluatedAt)
    {
        var observations = VintageLedger.Assign(
            filesInSubmissionOrder.Select(f => f.Verdict.Accepted.Select(a => a.ToObservation(1)).OfType<Observation>()));
        var periods = observations
            .Select(o => o.Period)
            .Where(p => p.Frequency == period.Frequency && p < period)
            .Distinct()
            .Order()
            .Append(period);

        var results = ImmutableArray.CreateBuilder<EvaluationResult>();
        var alerts = ImmutableArray<AlertState>.Empty;
        foreach (var p in periods)
        {
            var known = observations.Where(o => o.Period <= p).ToImmutableArray();
            var deadlinePassed = ReportingDeadline.Of(p, DeadlineSettings.Default) <= evaluatedAt;
            var result = Evaluator.Evaluate(new EvaluationInput(catalog, p, known, alerts, evaluatedAt, deadlinePassed));
            alerts = result.Alerts;
            results.Add(result);
        }

        return results.ToImmutable();
    }
}
