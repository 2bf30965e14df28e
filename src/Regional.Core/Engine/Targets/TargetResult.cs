using Regional.Alerts;

namespace Regional.Engine.Targets;

/// <summary>
/// A region's year-to-date value of one indicator against its annual target. <see cref="Finding"/> is null when
/// the region is on track; the result is kept anyway, because it shows the rule had its data for the period.
/// </summary>
public sealed record TargetResult(string RegionCode, string IndicatorId, double Value, TargetScore Score, Finding? Finding)
{
    public AlertKey Key => new(RegionCode, RuleIds.GrowthTarget, IndicatorId);
}
