using System.Globalization;
using Regional.Alerts;
using Regional.Catalogs;

namespace Regional.Engine.RedLines;

/// <summary>
/// A protected quantity must not shrink from the same period a year earlier by more than
/// <see cref="RedLineRule.Tolerance"/>; the threshold is last year's value less the tolerance. Without last year's
/// value there is nothing to compare and the rule is not evaluated.
/// </summary>
public static class NoDecreaseRule
{
    public static RedLineOutcome? Evaluate(RedLineRule rule, AlertKey key, double value, double? sameLastYear, AlertState? prior)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (sameLastYear is not { } lastYear)
        {
            return null;
        }

        var threshold = lastYear - rule.Tolerance;
        var breached = Edges.Reached(-value, -threshold, rule.Edge) || (prior is not null && Edges.Reached(-value, -(threshold + rule.ClearMargin), rule.Edge));
        var detail = string.Create(CultureInfo.InvariantCulture, $"{rule.IndicatorId} {value:0.##} against {lastYear:0.##} a year earlier (tolerance {rule.Tolerance:0.##})");
        return new RedLineOutcome(key, value, threshold, value - threshold, RedLineEvaluator.Breach(rule, key, breached, value, threshold, detail));
    }
}
