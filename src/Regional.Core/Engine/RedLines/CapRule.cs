using System.Globalization;
using Regional.Alerts;
using Regional.Catalogs;

namespace Regional.Engine.RedLines;

/// <summary>
/// A count that must stay within the region's control figure (work-safety deaths). A breach clears only once the value
/// is at least <see cref="RedLineRule.ClearMargin"/> below the cap. Regions without a cap are not evaluated. Exactly the
/// cap is no breach unless the rule's edge is inclusive.
/// </summary>
public static class CapRule
{
    public static RedLineOutcome? Evaluate(RedLineRule rule, AlertKey key, double value, AlertState? prior)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!rule.Limits.TryGetValue(key.RegionCode, out var cap))
        {
            return null;
        }

        var breached = Edges.Reached(value, cap, rule.Edge) || (prior is not null && Edges.Reached(value, cap - rule.ClearMargin, rule.Edge));
        var detail = string.Create(CultureInfo.InvariantCulture, $"{rule.IndicatorId} {value:0.##} against cap {cap:0.##}");
        return new RedLineOutcome(key, value, cap, value - cap, RedLineEvaluator.Breach(rule, key, breached, value, cap, detail));
    }
}
