using Regional.Catalogs;

namespace Regional.Alerts;

/// <summary>
/// The decision for a condition that fired before and no longer does: Resolved with the episode's length in periods
/// and in time. The state is kept with condition Resolved so the history of the episode is not lost.
/// </summary>
internal static class AlertResolution
{
    /// <param name="current">The severity of this period's finding for the key, below Warning (None without one).</param>
    public static (AlertState State, AlertTransition Transition) Decide(AlertInput input, AlertState prior, Severity current)
    {
        var reading = input.Readings.GetValueOrDefault(prior.Key);
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
