using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine;

namespace Regional.Alerts;

/// <summary>
/// Turns an evaluation's findings into alert transitions against the previous alert state. Findings of severity
/// Warning or above are firing conditions (Info is not). The decision is stateful and idempotent: a transition only
/// on a change (new, escalated, de-escalated, resolved, inhibited), none for an unchanged state, and evaluating a
/// period again with the state that period produced yields nothing.
/// <para>
/// Two rules keep stored alerts from being closed by the wrong evaluation: a state last touched by a later period
/// than the evaluated one is left as it is (the later evaluation is authoritative), and an alert whose rule had no
/// data this period is neither resolved nor changed, because a missing figure is the completeness check's business,
/// not evidence that the condition cleared. Quality checks always run over the whole period, so their alerts resolve
/// whenever the check no longer reports them.
/// </para>
/// </summary>
public static class AlertDecider
{
    private const string QualityRulePrefix = "quality-";

    public static AlertDecision Decide(AlertInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var previous = AlertStates.Index(input.PreviousAlerts);
        var firing = Firing(input.Findings);
        var states = previous.ToDictionary();
        var transitions = new List<AlertTransition>();

        foreach (var (key, finding) in firing)
        {
            var prior = previous.GetValueOrDefault(key);
            if (prior is not null && AlertStates.LatestPeriod(prior) > input.Period)
            {
                continue;
            }

            var (state, transition) = Fire(input, finding, prior);
            states[key] = state;
            if (transition is not null)
            {
                transitions.Add(transition);
            }
        }

        foreach (var prior in previous.Values.Where(s => s.Condition == AlertCondition.Firing && !firing.ContainsKey(s.Key)))
        {
            if (AlertStates.LatestPeriod(prior) > input.Period || !CanResolve(input, prior.Key))
            {
                continue;
            }

            var (state, transition) = Resolve(input, prior);
            states[prior.Key] = state;
            transitions.Add(transition);
        }

        return new AlertDecision(
            [.. transitions.OrderBy(t => t.Key.Id, StringComparer.Ordinal)],
            [.. states.Values.OrderBy(s => s.Key.Id, StringComparer.Ordinal)]);
    }

    /// <summary>The worst firing finding per key (a check may report one key more than once), in key order.</summary>
    private static SortedDictionary<AlertKey, Finding> Firing(ImmutableArray<Finding> findings)
    {
        var result = new SortedDictionary<AlertKey, Finding>(Comparer<AlertKey>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id)));
        foreach (var finding in findings.Where(f => f.Severity >= Severity.Warning))
        {
            if (!result.TryGetValue(finding.Key, out var held) || finding.Severity > held.Severity)
            {
                result[finding.Key] = finding;
            }
        }

        return result;
    }

    private static bool CanResolve(AlertInput input, AlertKey key) =>
        key.RuleId.StartsWith(QualityRulePrefix, StringComparison.Ordinal) || input.Readings.ContainsKey(key);

    private static (AlertState State, AlertTransition? Transition) Fire(AlertInput input, Finding finding, AlertState? prior)
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
        return (state, AlertMessages.Write(input.Catalog, transition, finding.Detail));
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

    private static (AlertState State, AlertTransition Transition) Resolve(AlertInput input, AlertState prior)
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
