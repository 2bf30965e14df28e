using Regional.Alerts;
using Regional.Catalogs;

namespace Regional.Engine;

public enum FindingKind
{
    Growth,
    RedLine,
    Quality,

    /// <summary>A rule that failed and was skipped (<see cref="RuleGuard"/>): not a condition of the region, never an alert.</summary>
    Failure,
}

/// <summary>
/// One condition found for a region in a period: a growth-target gap, a red-line state or a data-quality problem.
/// <see cref="State"/> names the band or level (for example <c>lagging</c>, <c>orange</c>, <c>breach</c>, <c>fail</c>).
/// <see cref="InhibitedBy"/> is set when a data-quality failure mutes this finding's alert; the finding is still kept.
/// <see cref="Detail"/> is the English sentence; <see cref="DetailZh"/> the same in Chinese, where the rule writes one
/// (the data-quality checks do), so a Chinese message never has to quote the English.
/// </summary>
public sealed record Finding(
    string RegionCode,
    string RuleId,
    string IndicatorId,
    FindingKind Kind,
    Severity Severity,
    string State,
    double? Value,
    double? Threshold,
    double? Gap,
    string Detail,
    string? InhibitedBy = null,
    string? DetailZh = null)
{
    public AlertKey Key => new(RegionCode, RuleId, IndicatorId);
}
