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

            var (state, transition) = AlertFiring.Decide(input, finding, prior);
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

            var (state, transition) = AlertResolution.Decide(input, prior);
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
}
