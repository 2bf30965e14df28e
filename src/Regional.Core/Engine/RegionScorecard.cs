using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Engine;

/// <summary>
/// The region's data quality: <see cref="Pending"/> when required figures have not arrived yet (before the
/// reporting deadline) and no check warns or fails; never <see cref="Ok"/> while figures are missing.
/// </summary>
public enum QualityStatus
{
    Ok,
    Warn,
    Fail,
    Pending,
}

/// <summary>
/// Lagging on any target wins; then <see cref="Incomplete"/> when a rule had no data or required figures are missing;
/// then leading or normal.
/// </summary>
public enum Standing
{
    Normal,
    Leading,
    Lagging,
    Incomplete,
}

/// <summary>The region's red lines together: a breach (see <see cref="RegionScorecard.WorstRedLine"/>), else no data for some line, else ok.</summary>
public enum RedLineStatus
{
    Ok,
    NoData,
    Breach,
}

public enum MedianComparison
{
    Similar,
    Better,
    Worse,
}

/// <summary>One region's results for the period, as a dashboard shows them; <see cref="Level"/> is the region's level in the catalog.</summary>
public sealed record RegionScorecard(
    string RegionCode,
    string? PeerGroup,
    ImmutableArray<IndicatorScore> Indicators,
    ImmutableArray<Finding> Findings,
    QualityStatus Quality,
    double? CompositeScore,
    int? CompositeRank,
    ImmutableArray<string> CompositeMissing,
    Standing Standing,
    int LaggingStreak,
    string Level = "")
{
    public IndicatorScore? Indicator(string id) => Indicators.FirstOrDefault(i => i.IndicatorId == id);

    /// <summary>The rules of this region that could not be evaluated for want of a figure (<c>no-data</c> findings).</summary>
    public ImmutableArray<Finding> NoData { get; init; } = [];

    public RedLineStatus RedLineState =>
        WorstRedLine > Severity.None ? RedLineStatus.Breach
        : !NoData.IsDefault && NoData.Any(f => f.Kind == FindingKind.RedLine) ? RedLineStatus.NoData
        : RedLineStatus.Ok;

    public Severity WorstRedLine => Findings.IsDefault ? Severity.None : Findings.Where(f => f.Kind == FindingKind.RedLine).Select(f => f.Severity).DefaultIfEmpty(Severity.None).Max();
}

/// <summary>
/// One indicator of one region: the value, the growth-target comparison (when the indicator has a target),
/// the comparison with other regions, and whether a data-quality failure marks the result.
/// </summary>
public sealed record IndicatorScore(
    string IndicatorId,
    double? Value,
    TargetScore? Target,
    ComparisonScore? Comparison,
    bool QualityMarked);

/// <summary>
/// Year-to-date value against the annual target: <see cref="Gap"/> in percentage points,
/// <see cref="NeededRestOfYear"/> the growth the remaining months need for the year to reach the target.
/// <see cref="Band"/> is the name of one of the catalog's growth bands; <see cref="Qualifier"/> the target's qualifier
/// ("around", "above") and <see cref="Upper"/> the upper end of a range target, as the catalog set them.
/// </summary>
public sealed record TargetScore(double Target, double Gap, double? NeededRestOfYear, string Band, int LaggingStreak, string? Qualifier = null, double? Upper = null);

/// <summary>Rank and position of a region's value among the compared regions (ties share a rank; 1 is best).</summary>
public sealed record ComparisonScore(
    int Rank,
    int RankOf,
    int? PeerRank,
    int? PeerRankOf,
    int? RankChange,
    double? GapToProvince,
    double GapToMedian,
    MedianComparison VersusMedian,
    double? Contribution,
    double? Normalised);
