using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Periods;

namespace Regional.Api.Contracts;

/// <summary>GET /api/periods/{period}/scorecard: every compared region (or one peer group's) side by side.</summary>
public sealed record PeriodScorecardView(
    string CatalogId,
    string CatalogVersion,
    Period Period,
    DateTimeOffset EvaluatedAt,
    string? PeerGroup,
    ImmutableArray<RegionScorecardView> Regions);

/// <summary>GET /api/regions/{code}/scorecard/{period}.</summary>
public sealed record RegionScorecardDocument(
    string CatalogId,
    string CatalogVersion,
    Period Period,
    DateTimeOffset EvaluatedAt,
    RegionScorecardView Scorecard);

/// <summary>
/// One region's results for a period: each indicator's value, target gap and ranks (<see cref="IndicatorScore"/>),
/// the composite score, whether it leads, lags or is incomplete, its red-line states, data-quality flags, growth
/// findings, the rules without data (<see cref="NoData"/>) and the region's <see cref="Level"/> in the catalog.
/// </summary>
public sealed record RegionScorecardView(
    string RegionCode,
    string NameEn,
    string NameZh,
    string? PeerGroup,
    QualityStatus Quality,
    double? CompositeScore,
    int? CompositeRank,
    ImmutableArray<string> CompositeMissing,
    Standing Standing,
    int LaggingStreak,
    Severity WorstRedLine,
    ImmutableArray<IndicatorScore> Indicators,
    ImmutableArray<FindingView> RedLines,
    ImmutableArray<FindingView> QualityFlags,
    ImmutableArray<FindingView> Growth,
    ImmutableArray<FindingView> NoData,
    string Level,
    RedLineStatus RedLineState)
{
    public static RegionScorecardView Of(RegionScorecard card, Region? region)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new(
            card.RegionCode,
            region?.NameEn ?? card.RegionCode,
            region?.NameZh ?? card.RegionCode,
            card.PeerGroup,
            card.Quality,
            card.CompositeScore,
            card.CompositeRank,
            card.CompositeMissing.IsDefault ? [] : card.CompositeMissing,
            card.Standing,
            card.LaggingStreak,
            card.WorstRedLine,
            card.Indicators.IsDefault ? [] : card.Indicators,
            Findings(card, FindingKind.RedLine),
            Findings(card, FindingKind.Quality),
            Findings(card, FindingKind.Growth),
            card.NoData.IsDefault ? [] : [.. card.NoData.Select(FindingView.Of)],
            card.Level,
            card.RedLineState);
    }

    private static ImmutableArray<FindingView> Findings(RegionScorecard card, FindingKind kind) =>
        card.Findings.IsDefault ? [] : [.. card.Findings.Where(f => f.Kind == kind).Select(FindingView.Of)];
}

/// <summary>A finding without its region (the scorecard it sits in names the region).</summary>
public sealed record FindingView(
    string RuleId,
    string IndicatorId,
    FindingKind Kind,
    Severity Severity,
    string State,
    double? Value,
    double? Threshold,
    double? Gap,
    string Detail,
    string? InhibitedBy,
    string? DetailZh = null,
    ImmutableArray<string>? MissingIndicatorIds = null,
    ImmutableArray<string>? MissingRegionCodes = null)
{
    public static FindingView Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.RuleId, finding.IndicatorId, finding.Kind, finding.Severity, finding.State, finding.Value, finding.Threshold, finding.Gap, finding.Detail, finding.InhibitedBy, finding.DetailZh, finding.MissingIndicatorIds, finding.MissingRegionCodes);
    }
}

/// <summary>GET /api/periods/{period}/rankings/{indicator}: best first; ties share a rank.</summary>
public sealed record RankingView(
    string CatalogId,
    Period Period,
    string IndicatorId,
    Direction Direction,
    DateTimeOffset EvaluatedAt,
    ImmutableArray<RankingEntryView> Entries);

public sealed record RankingEntryView(
    int Rank,
    int RankOf,
    string RegionCode,
    string NameEn,
    string NameZh,
    string? PeerGroup,
    double? Value,
    int? PeerRank,
    int? PeerRankOf,
    int? RankChange,
    bool QualityMarked);
