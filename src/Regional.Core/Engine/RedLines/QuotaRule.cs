using System.Globalization;
using Regional.Alerts;
using Regional.Catalogs;

namespace Regional.Engine.RedLines;

/// <summary>
/// A protected quantity (arable land, basic farmland, ecological red-line area) must not fall below the region's quota.
/// A breach clears only once the value is back at least <see cref="RedLineRule.ClearMargin"/> above the quota.
/// Regions without a quota are not evaluated. Exactly the quota is no breach unless the rule's edge is inclusive.
/// </summary>
public static class QuotaRule
{
    public static RedLineOutcome? Evaluate(RedLineRule rule, AlertKey key, double value, AlertState? prior)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!rule.Limits.TryGetValue(key.RegionCode, out var quota))
        {
            return null;
        }

        // Measured as "how bad" (the shortfall), the clearing line being the quota moved up by the margin.
        var breached = Edges.Reached(-value, -quota, rule.Edge) || (prior is not null && Edges.Reached(-value, -(quota + rule.ClearMargin), rule.Edge));
        var detail = string.Create(CultureInfo.InvariantCulture, $"{rule.IndicatorId} {value:0.##} against quota {quota:0.##}");
        return new RedLineOutcome(key, value, quota, value - quota, RedLineEvaluator.Breach(rule, key, breached, value, quota, detail));
    }
}
