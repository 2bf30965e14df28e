using System.Collections.Immutable;

namespace Regional.Catalogs;

/// <summary>All rules of a catalog (rules.json). Every threshold is data with a documented default.</summary>
public sealed record RuleSet(
    TargetRules Targets,
    ImmutableArray<RedLineRule> RedLines,
    QualityRules Quality,
    ComparisonRules Comparison,
    AlertRules Alerts);

/// <summary>
/// Growth-target bands on the gap (value − annual target, in percentage points):
/// on track when gap ≥ 0; behind when <see cref="LaggingAtGap"/> &lt; gap &lt; 0; lagging when gap ≤ <see cref="LaggingAtGap"/>;
/// seriously lagging when gap ≤ <see cref="SeriousAtGap"/>. A lagging state clears only when the gap rises above
/// <see cref="LaggingAtGap"/> + <see cref="ClearMargin"/> (hysteresis). Lagging for <see cref="EscalateAfterPeriods"/>
/// consecutive periods escalates. A region is leading on an indicator when its gap is at least <see cref="LeadingAtGap"/>.
/// </summary>
public sealed record TargetRules(
    ImmutableArray<string> IndicatorIds,
    double LaggingAtGap = -0.5,
    double SeriousAtGap = -1.5,
    double ClearMargin = 0.1,
    int EscalateAfterPeriods = 2,
    double LeadingAtGap = 1.0,
    ImmutableArray<GrowthBand> Bands = default,
    ImmutableArray<TargetQualifier> Qualifiers = default)
{
    /// <summary>
    /// The catalog's bands from the best to the worst; without a <c>bands</c> list, the four of the defaults: on track,
    /// behind (gap below 0), lagging (gap at or below <see cref="LaggingAtGap"/>), seriously lagging (at or below
    /// <see cref="SeriousAtGap"/>).
    /// </summary>
    public ImmutableArray<GrowthBand> BandSet => Bands.IsDefaultOrEmpty ? GrowthBand.Defaults(LaggingAtGap, SeriousAtGap) : Bands;

    public TargetQualifier? FindQualifier(string? id) =>
        id is null || Qualifiers.IsDefaultOrEmpty ? null : Qualifiers.FirstOrDefault(q => q.Id == id);
}

/// <summary>
/// A growth-target band: applies from <see cref="From"/> (a gap in pp) downward, the edge inside or not as
/// <see cref="Edge"/> says; the first band (on track) has no edge. <see cref="Lagging"/> bands count towards the lagging
/// streak and hold with the clear margin; lagging for the escalation count raises <see cref="Severity"/> to
/// <see cref="EscalatedSeverity"/>.
/// </summary>
public sealed record GrowthBand(
    string Name,
    string NameEn,
    string NameZh,
    Severity Severity,
    Severity EscalatedSeverity,
    bool Lagging,
    double? From,
    Edge Edge = Edge.Inclusive)
{
    public static ImmutableArray<GrowthBand> Defaults(double laggingAtGap, double seriousAtGap) =>
    [
        new("on-track", "on track", "达到目标进度", Severity.None, Severity.None, false, null),
        new("behind", "behind", "略低于目标进度", Severity.Info, Severity.Info, false, 0, Edge.Exclusive),
        new("lagging", "lagging", "落后", Severity.Warning, Severity.Major, true, laggingAtGap),
        new("seriously-lagging", "seriously lagging", "严重落后", Severity.Major, Severity.Critical, true, seriousAtGap),
    ];
}

/// <summary>
/// How a target is qualified ("around 6 %", "above 5 %", "at least 5 %", a range): its wording in both languages
/// (<c>{0}</c> the value, <c>{1}</c> the upper end of a range) and what it means for the bands: every band edge moves
/// by <see cref="Shift"/> pp ("around 6" on track from 5.5: −0.5), and <see cref="OnTrackEdge"/>, when given, says
/// whether exactly the target is on track (inclusive: "at least") or not (exclusive: "above").
/// </summary>
public sealed record TargetQualifier(string Id, string WordingEn, string WordingZh, double Shift = 0, Edge? OnTrackEdge = null);

public enum RedLineKind
{
    /// <summary>Threshold bands on a value (debt ratio: green, yellow, orange, red).</summary>
    Bands,

    /// <summary>The value must not fall below the region's quota (arable land, basic farmland, ecological area).</summary>
    Quota,

    /// <summary>The value must not decrease from the same period a year earlier by more than the tolerance.</summary>
    NoDecrease,

    /// <summary>The value must not exceed the region's cap (work-safety deaths vs the annual control figure).</summary>
    Cap,
}

/// <summary>
/// A red line ("bottom line"). For <see cref="RedLineKind.Bands"/>, <see cref="Bands"/> are ordered by
/// <see cref="Band.From"/> ascending in the direction of worsening (the indicator's direction decides which way is worse).
/// <see cref="ClearMargin"/> (in the indicator's unit) is the hysteresis: a breached state clears, or a band is left
/// downward, only once the value is past the threshold by this margin. <see cref="Limits"/> holds per-region quotas or caps.
/// <see cref="Tolerance"/> is the allowed decrease for <see cref="RedLineKind.NoDecrease"/>, in the indicator's unit.
/// <see cref="Edge"/> says whether a value exactly at the quota, cap or no-decrease threshold is a breach
/// (<see cref="Edge.Inclusive"/>) or not (<see cref="Edge.Exclusive"/>, the default: "not below the quota").
/// </summary>
public sealed record RedLineRule(
    string Id,
    string NameEn,
    string NameZh,
    RedLineKind Kind,
    string IndicatorId,
    Severity Severity,
    ImmutableArray<Band> Bands,
    ImmutableDictionary<string, double> Limits,
    double ClearMargin = 0,
    double Tolerance = 0,
    string Source = "",
    Edge Edge = Edge.Exclusive);

/// <summary>
/// A band of a threshold-band red line: applies from <see cref="From"/> on in the direction of worsening; a value
/// exactly at <see cref="From"/> is in the band when <see cref="Edge"/> is inclusive (the default), and in the band
/// before it when exclusive ("above 60 %": exactly 60.0 is not in the band).
/// </summary>
public sealed record Band(string Name, string NameZh, Severity Severity, double From, Edge Edge = Edge.Inclusive);

/// <summary>Whether a value exactly at a threshold is on its worse side (inclusive) or not (exclusive).</summary>
public enum Edge
{
    Inclusive,
    Exclusive,
}

/// <summary>Comparisons against a threshold with its edge, measured as "how bad": the higher, the worse.</summary>
public static class Edges
{
    /// <summary>Whether <paramref name="badness"/> has reached the threshold at <paramref name="edgeBadness"/>.</summary>
    public static bool Reached(double badness, double edgeBadness, Edge edge) =>
        edge == Edge.Inclusive ? badness >= edgeBadness : badness > edgeBadness;
}

/// <summary>
/// The quality line of statistical data. Every check has a warn and a fail level; a fail inhibits the region's
/// growth alerts for the period (they are recorded as inhibited with the reason, never dropped).
/// </summary>
public sealed record QualityRules(
    RangeCheck Range,
    CompletenessCheck Completeness,
    HierarchyCheck Hierarchy,
    CrossIndicatorCheck CrossIndicator,
    RevisionCheck Revision,
    PeerOutlierCheck PeerOutlier,
    TargetHuggingCheck TargetHugging,
    BenfordCheck Benford);

/// <summary>Outside the indicator's plausible range: warn; outside by more than <see cref="FailMarginFraction"/> of the range width: fail.</summary>
public sealed record RangeCheck(bool Enabled = true, double FailMarginFraction = 0.0);

/// <summary>Required indicators missing for the period: warn at <see cref="WarnMissing"/>, fail at <see cref="FailMissing"/>.</summary>
public sealed record CompletenessCheck(
    ImmutableArray<string> RequiredIndicatorIds,
    bool Enabled = true,
    int WarnMissing = 1,
    int FailMissing = 3);

/// <summary>
/// Sum of children vs the parent's total for additive indicators; imbalance in percent of the parent. <see cref="Mode"/>
/// follows VTL <c>check_hierarchy</c>: with children missing, <see cref="HierarchyMode.NonNull"/> reports the check
/// as incomplete, <see cref="HierarchyMode.PartialNull"/> compares the reporting children's sum with the total.
/// </summary>
public sealed record HierarchyCheck(bool Enabled = true, double WarnPercent = 1.0, double FailPercent = 3.0, HierarchyMode Mode = HierarchyMode.NonNull);

/// <summary>How the hierarchy check treats children that have not reported (VTL <c>non_null</c>, <c>partial_null</c>).</summary>
public enum HierarchyMode
{
    /// <summary>Every child must have reported; otherwise the finding is <c>incomplete</c>, never a pass or an imbalance.</summary>
    NonNull,

    /// <summary>Missing children count as absent: the reporting children's sum is compared with the total.</summary>
    PartialNull,
}

/// <summary>
/// GDP growth compared with proxy growth (electricity consumption, tax revenue): the distance, in percentage points,
/// between GDP growth and the mean of the proxies' growth.
/// </summary>
public sealed record CrossIndicatorCheck(
    string SubjectIndicatorId,
    ImmutableArray<string> ProxyIndicatorIds,
    bool Enabled = true,
    double WarnGap = 5.0,
    double FailGap = 10.0);

/// <summary>A new vintage moving an earlier value by more than the tolerance, in percent of the earlier value (percentage points for growth rates).</summary>
public sealed record RevisionCheck(bool Enabled = true, double WarnPercent = 1.0, double FailPercent = 3.0);

/// <summary>Robust z-score (0.6745 × (x − median) / MAD) across the compared regions of the same period.</summary>
public sealed record PeerOutlierCheck(
    ImmutableArray<string> IndicatorIds,
    bool Enabled = true,
    double WarnZ = 3.5,
    double FailZ = 6.0,
    int MinRegions = 5);

/// <summary>Reported growth equal to or just above target (within <see cref="WithinPoints"/>) for consecutive periods.</summary>
public sealed record TargetHuggingCheck(
    ImmutableArray<string> IndicatorIds,
    bool Enabled = true,
    double WithinPoints = 0.2,
    int WarnPeriods = 3,
    int FailPeriods = 5);

/// <summary>First-digit (Benford) test: only a weak signal, warn level only, only with enough values.</summary>
public sealed record BenfordCheck(bool Enabled = true, int MinValues = 100, double WarnMad = 0.015);

/// <summary>
/// Comparison settings. <see cref="CompositeWeights"/> are the published weights of the composite score (indicator id → weight).
/// Contribution to provincial growth weighs <see cref="GrowthIndicatorId"/> by each region's share of <see cref="WeightIndicatorId"/>.
/// </summary>
public sealed record ComparisonRules(
    ImmutableDictionary<string, double> CompositeWeights,
    string? GrowthIndicatorId,
    string? WeightIndicatorId,
    double SdThreshold = 1.0,
    int LeadingTopN = 3);

/// <summary>
/// Alert delivery settings: an optional reminder for a still-firing critical alert after <see cref="RepeatAfter"/>,
/// each following reminder waiting <see cref="RepeatBackoff"/> times longer, capped at <see cref="RepeatMax"/>.
/// </summary>
public sealed record AlertRules(
    bool RepeatCritical = false,
    TimeSpan RepeatAfter = default,
    double RepeatBackoff = 2.0,
    TimeSpan RepeatMax = default);
