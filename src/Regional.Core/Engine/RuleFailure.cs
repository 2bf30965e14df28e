namespace Regional.Engine;

/// <summary>
/// A rule that failed in an evaluation and was skipped: <see cref="RegionCode"/> and <see cref="IndicatorId"/> are the
/// region and indicator it was evaluating, null when the failure covers every region (a whole check) or every
/// indicator. The alerts it covers are left as they were: a failure is no evidence that a condition cleared.
/// </summary>
public sealed record RuleFailure(string RuleId, string? RegionCode, string? IndicatorId, string Error)
{
    /// <summary>True when an alert of this rule, region and indicator was among what the failed rule would have decided.</summary>
    public bool Covers(Alerts.AlertKey key) =>
        key.RuleId == RuleId
        && (RegionCode is null || key.RegionCode == RegionCode)
        && (IndicatorId is null || key.IndicatorId == IndicatorId);
}
