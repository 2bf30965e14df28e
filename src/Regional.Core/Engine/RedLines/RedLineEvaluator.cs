using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Engine.RedLines;

/// <summary>
/// Evaluates every red-line rule of the catalog for every region of the catalog, at every level.
/// Each rule kind lives in its own file; this class only walks regions and rules and finds the prior state.
/// </summary>
public static class RedLineEvaluator
{
    public const string BreachState = "breach";

    public static ImmutableArray<RedLineOutcome> Evaluate(
        Catalog catalog,
        Period period,
        ObservationSet observations,
        IReadOnlyDictionary<AlertKey, AlertState> previousAlerts,
        RuleGuard? guard = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(previousAlerts);
        var regions = catalog.Regions;
        var outcomes = ImmutableArray.CreateBuilder<RedLineOutcome>();
        foreach (var region in regions)
        {
            foreach (var rule in catalog.Rules.RedLines)
            {
                var outcome = guard is null
                    ? EvaluateOne(catalog, period, observations, previousAlerts, region, rule)
                    : guard.Run(rule.Id, region.Code, rule.IndicatorId, () => EvaluateOne(catalog, period, observations, previousAlerts, region, rule), null);
                if (outcome is not null)
                {
                    outcomes.Add(outcome);
                }
            }
        }

        return outcomes.ToImmutable();
    }

    private static RedLineOutcome? EvaluateOne(
        Catalog catalog,
        Period period,
        ObservationSet observations,
        IReadOnlyDictionary<AlertKey, AlertState> previousAlerts,
        Region region,
        RedLineRule rule)
    {
        if (observations.Value(region.Code, rule.IndicatorId, period) is not { } value)
        {
            return null;
        }

        var key = new AlertKey(region.Code, rule.Id, rule.IndicatorId);
        var prior = previousAlerts.TryGetValue(key, out var state) && state.Condition == AlertCondition.Firing ? state : null;
        return rule.Kind switch
        {
            RedLineKind.Bands => catalog.FindIndicator(rule.IndicatorId) is { } indicator
                ? ThresholdBandRule.Evaluate(rule, indicator.Direction, key, value, prior)
                : null,
            RedLineKind.Quota => QuotaRule.Evaluate(rule, key, value, prior),
            RedLineKind.Cap => CapRule.Evaluate(rule, key, value, prior),
            RedLineKind.NoDecrease => NoDecreaseRule.Evaluate(rule, key, value, observations.Value(region.Code, rule.IndicatorId, period.SameLastYear()), prior),
            _ => null,
        };
    }

    /// <summary>The finding of a breached quota, cap or no-decrease rule (they share state "breach").</summary>
    internal static Finding? Breach(RedLineRule rule, AlertKey key, bool breached, double value, double threshold, string detail) =>
        breached && rule.Severity > Severity.None
            ? new Finding(key.RegionCode, rule.Id, rule.IndicatorId, FindingKind.RedLine, rule.Severity, BreachState, value, threshold, value - threshold, detail)
            : null;
}
