using Regional.Alerts;
using Regional.Catalogs;

namespace Regional.Engine;

public enum FindingKind
{
    Growth,
    RedLine,
    Quality,
}

/// <summary>
/// One condition found for a region in a period: a growth-target gap, a red-line state or a data-quality problem.
/// <see cref="State"/> names the band or level (for example <c>lagging</c>, <c>orange</c>, <c>breach</c>, <c>fail</c>).
/// <see cref="InhibitedBy"/> is set when a data-quality failure mutes this finding's alert; the finding is still kept.
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
    string? InhibitedBy = null)
{
    public AlertKey Key => new(RegionCode, RuleId, IndicatorId);
}
