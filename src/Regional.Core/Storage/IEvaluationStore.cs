using Regional.Engine;
using Regional.Periods;

namespace Regional.Storage;

/// <summary>
/// Published evaluation results, shaped for dashboard reads: a period's scorecard, one region's scorecard,
/// each indicator's ranking and the findings. Saving the same result again leaves the same state; a re-evaluation
/// replaces the period's results (regions or ranks that disappeared are removed).
/// </summary>
public interface IEvaluationStore
{
    Task SaveAsync(EvaluationResult result, CancellationToken cancellationToken = default);

    /// <summary>Every region's scorecard of the period with its version, or null when the period was never evaluated.</summary>
    Task<PeriodScorecard?> GetScorecardAsync(string catalogId, Period period, CancellationToken cancellationToken = default);

    Task<RegionScorecard?> GetRegionScorecardAsync(string catalogId, Period period, string regionCode, CancellationToken cancellationToken = default);

    /// <summary>The regions ranked on one indicator, best first (ties share a rank and are ordered by region code).</summary>
    Task<IReadOnlyList<RankingEntry>> GetRankingAsync(string catalogId, Period period, string indicatorId, CancellationToken cancellationToken = default);

    /// <summary>The period's findings, optionally of one region only.</summary>
    Task<IReadOnlyList<Finding>> GetFindingsAsync(string catalogId, Period period, string? regionCode = null, CancellationToken cancellationToken = default);

    /// <summary>The version of a period's scorecard, for HTTP caching (ETag), without reading the scorecards.</summary>
    Task<ScorecardVersion?> GetScorecardVersionAsync(string catalogId, Period period, CancellationToken cancellationToken = default);
}
