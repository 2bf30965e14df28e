using Regional.Catalogs;

namespace Regional.Alerts.Silences;

/// <summary>
/// Which alerts a silence covers. Each field matches exactly, and an empty field (or no severity) matches anything;
/// at least one field must be given, so that no silence mutes every alert by accident.
/// </summary>
public sealed record SilenceMatcher(string RegionCode = "", string RuleId = "", string IndicatorId = "", Severity? Severity = null)
{
    public bool IsEmpty => RegionCode.Length == 0 && RuleId.Length == 0 && IndicatorId.Length == 0 && Severity is null;

    public bool Matches(AlertKey key, Severity severity) =>
        Field(RegionCode, key.RegionCode)
        && Field(RuleId, key.RuleId)
        && Field(IndicatorId, key.IndicatorId)
        && (Severity is null || Severity == severity);

    private static bool Field(string wanted, string actual) => wanted.Length == 0 || string.Equals(wanted, actual, StringComparison.Ordinal);
}
