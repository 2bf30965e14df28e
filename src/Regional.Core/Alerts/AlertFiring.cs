using Regional.Catalogs;
using Regional.Engine;

namespace Regional.Alerts;

/// <summary>
/// The decision for a condition that fires now: new, escalated (by severity, or for a lagging target by one more
/// period), de-escalated, inhibited or unchanged. A muted alert records one Inhibited transition and then stays
/// quiet until the mute lifts, when it is notified as New while its episode keeps its start.
/// </summary>
internal static class AlertFiring
{
    public static (AlertState State, AlertTransition? Transition) Decide(AlertInput input, Finding finding, AlertState? prior)
    {
        var reading = input.Readings.GetValueOrDefault(finding.Key);
        var wasFiring = prior is { Condition: AlertCondition.Firing };
        var streak = StreakOf(input, finding, reading, wasFiring ? prior : null);
        var inhibited = finding.InhibitedBy is not null;
        var state = wasFiring
            ? prior! with { Severity = finding.Severity, State = finding.State, LastPeriod = input.Period, Streak = streak, LastValue = finding.Value, Inhibited = inhibited }
            : new AlertState(finding.Key, AlertCondition.Firing, finding.Severity, finding.State, input.Period, input.EvaluatedAt, input.Period, streak, finding.Value, inhibited);

        TransitionKind? kind = (wasFiring, inhibited) switch
        {
            (false, true) => TransitionKind.Inhibited,
            (false, false) => TransitionKind.New,
            (true, true) => prior!.Inhibited ? null : TransitionKind.Inhibited,
            (true, false) when prior!.Inhibited => TransitionKind.New,
            (true, false) when finding.Severity > prior!.Severity => TransitionKind.Escalated,
            (true, false) when finding.Severity < prior!.Severity => TransitionKind.Deescalated,
            (true, false) when finding.Kind == FindingKind.Growth && streak > prior!.Streak => TransitionKind.Escalated,
            _ => null,
        };
        if (kind is not { } k)
        {
            return (state, null);
        }

        var transition = new AlertTransition(
            TransitionIds.For(finding.Key, input.Period, k, finding.Severity),
            finding.Key,
            k,
            finding.Severity,
            wasFiring ? prior!.Severity : Severity.None,
            finding.State,
            input.Period,
            input.EvaluatedAt,
            finding.Value,
            finding.Threshold,
            finding.Gap,
            reading?.Rank,
            reading?.RankOf,
            streak,
            null,
            null,
            finding.InhibitedBy,
            k is TransitionKind.New or TransitionKind.Escalated,
            string.Empty,
            string.Empty);
        return (state, AlertMessages.Write(input.Catalog, transition, finding.Detail, finding.DetailZh));
    }

    /// <summary>
    /// Growth alerts count lagging periods from the data; other alerts count evaluated periods firing in a row
    /// (the same period evaluated again does not count twice).
    /// </summary>
    private static int StreakOf(AlertInput input, Finding finding, RuleReading? reading, AlertState? firingBefore)
    {
        if (finding.Kind == FindingKind.Growth && reading is { Streak: > 0 } growth)
        {
            return growth.Streak;
        }

        return firingBefore is null ? 1
            : firingBefore.LastPeriod == input.Period ? firingBefore.Streak
            : firingBefore.Streak + 1;
    }
}
