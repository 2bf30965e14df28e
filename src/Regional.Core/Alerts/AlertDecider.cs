using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        var previous = AlertStates.ByKey(input.PreviousAlerts);
        var worst = Worst(input.Findings);
        var states = new Dictionary<AlertKey, AlertState>(previous);
        var transitions = new List<AlertTransition>();

        // Each key is decided on its own and the lists are sorted by key at the end, so the walk order is free.
        foreach (var (key, finding) in worst)
        {
            if (finding.Severity < Severity.Warning)
            {
                continue;
            }

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

        foreach (var prior in previous.Values)
        {
            var current = worst.TryGetValue(prior.Key, out var found) ? found.Severity : Severity.None;
            if (prior.Condition != AlertCondition.Firing
                || current >= Severity.Warning
                || AlertStates.LatestPeriod(prior) > input.Period
                || !CanResolve(input, prior.Key))
            {
                continue;
            }

            var (state, transition) = AlertResolution.Decide(input, prior, current);
            states[prior.Key] = state;
            transitions.Add(transition);
        }

        return new AlertDecision(
            [.. transitions.OrderBy(t => t.Key.Id, StringComparer.Ordinal)],
            [.. states.Values.OrderBy(s => s.Key.Id, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The most severe finding per key, the first of equals (a check may report one key more than once). Warning or
    /// above fires; below that, the severity is what a resolution reports as current.
    /// </summary>
    private static Dictionary<AlertKey, Finding> Worst(ImmutableArray<Finding> findings)
    {
        var result = new Dictionary<AlertKey, Finding>(findings.Length);
        foreach (var finding in findings)
        {
            ref var held = ref CollectionsMarshal.GetValueRefOrAddDefault(result, finding.Key, out var exists);
            if (!exists || finding.Severity > held!.Severity)
            {
                held = finding;
            }
        }

        return result;
    }

    private static bool CanResolve(AlertInput input, AlertKey key) =>
        (input.Failures.IsDefault || !input.Failures.Any(f => f.Covers(key)))
        && (key.RuleId.StartsWith(QualityRulePrefix, StringComparison.Ordinal) || input.Readings.ContainsKey(key));
}
