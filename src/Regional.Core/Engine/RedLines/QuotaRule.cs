using System.Globalization;
using Regional.Alerts;
using Regional.Catalogs;

namespace Regional.Engine.RedLines;

/// <summary>
/// A protected quantity (arable land, basic farmland, ecological red-line area) must not fall below the region's quota.
/// A breach clears only once the value is back at least <see cref="RedLineRule.ClearMargin"/> above the quota.
/// Regions without a quota are not evaluated.
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

        var breached = value < quota || (prior is not null && value < quota + rule.ClearMargin);
        var detail = string.Create(CultureInfo.InvariantCulture, $"{rule.IndicatorId} {value:0.##} against quota {quota:0.##}");
        return new RedLineOutcome(key, value, quota, value - quota, RedLineEvaluator.Breach(rule, key, breached, value, quota, detail));
    }
}
