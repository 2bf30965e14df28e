using System.Collections.Immutable;
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
/// <see cref="MissingIndicatorIds"/> lists, as data, the indicators whose figures are missing (completeness, no data);
/// <see cref="MissingRegionCodes"/> the children that have not reported (an incomplete hierarchy check).
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
    string? DetailZh = null,
    ImmutableArray<string>? MissingIndicatorIds = null,
    ImmutableArray<string>? MissingRegionCodes = null)
{
    public AlertKey Key => new(RegionCode, RuleId, IndicatorId);

    /// <summary>Equal when every field is, the missing ids compared element by element (an array's own equality is its storage's identity).</summary>
    public bool Equals(Finding? other) =>
        other is not null
        && RegionCode == other.RegionCode
        && RuleId == other.RuleId
        && IndicatorId == other.IndicatorId
        && Kind == other.Kind
        && Severity == other.Severity
        && State == other.State
        && Nullable.Equals(Value, other.Value)
        && Nullable.Equals(Threshold, other.Threshold)
        && Nullable.Equals(Gap, other.Gap)
        && Detail == other.Detail
        && InhibitedBy == other.InhibitedBy
        && DetailZh == other.DetailZh
        && (MissingIndicatorIds ?? []).SequenceEqual(other.MissingIndicatorIds ?? [], StringComparer.Ordinal)
        && (MissingRegionCodes ?? []).SequenceEqual(other.MissingRegionCodes ?? [], StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(RegionCode, RuleId, IndicatorId, State, Value, Detail);
}

/// <summary>States a finding of any kind may name besides its rule's own bands and levels.</summary>
public static class FindingStates
{
    /// <summary>A figure the rule needs has not arrived (Grafana's NoData): the rule could not be evaluated.</summary>
    public const string NoData = "no-data";

    /// <summary>Required figures have not arrived yet and the reporting deadline has not passed.</summary>
    public const string Pending = "pending";

    /// <summary>Required figures are still missing after the reporting deadline, fewer than the warn level.</summary>
    public const string Missing = "missing";

    /// <summary>A hierarchy check that could not run because some children have not reported.</summary>
    public const string Incomplete = "incomplete";
}
