using Regional.Catalogs;

namespace Regional.Alerts;

/// <summary>
/// The decision for a condition that fired before and no longer does: Resolved with the episode's length in periods
/// and in time. The state is kept with condition Resolved so the history of the episode is not lost.
/// </summary>
internal static class AlertResolution
{
    public static (AlertState State, AlertTransition Transition) Decide(AlertInput input, AlertState prior)
    {
        var reading = input.Readings.GetValueOrDefault(prior.Key);
        var current = input.Findings.Where(f => f.Key == prior.Key).Select(f => f.Severity).DefaultIfEmpty(Severity.None).Max();
        int? periods = prior.StartedPeriod.Frequency == input.Period.Frequency ? input.Period.PeriodsSince(prior.StartedPeriod) : null;
        var state = prior with
        {
            Condition = AlertCondition.Resolved,
            LastValue = reading?.Value ?? prior.LastValue,
            Inhibited = false,
            ResolvedPeriod = input.Period,
            ResolvedAt = input.EvaluatedAt,
        };
        var transition = new AlertTransition(
            TransitionIds.For(prior.Key, input.Period, TransitionKind.Resolved, current),
            prior.Key,
            TransitionKind.Resolved,
            current,
            prior.Severity,
            prior.State,
            input.Period,
            input.EvaluatedAt,
            reading?.Value,
            reading?.Threshold,
            reading?.Gap,
            reading?.Rank,
            reading?.RankOf,
            prior.Streak,
            periods,
            input.EvaluatedAt - prior.StartedAt,
            null,

            // An alert muted by a quality failure resolves as quietly as it was muted.
            !prior.Inhibited,
            string.Empty,
            string.Empty);
        return (state, AlertMessages.Write(input.Catalog, transition, null));
    }
}
