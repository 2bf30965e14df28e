using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Periods;

namespace Regional.Engine;

/// <summary>
/// The outcome of one evaluation: a scorecard per compared region, every finding, the alert transitions
/// to record (and notify where <see cref="AlertTransition.Notify"/>), the rules without data, and the alert state to
/// carry forward.
/// </summary>
public sealed record EvaluationResult(
    Period Period,
    string CatalogId,
    string CatalogVersion,
    DateTimeOffset EvaluatedAt,
    ImmutableArray<RegionScorecard> Scorecards,
    ImmutableArray<Finding> Findings,
    ImmutableArray<AlertTransition> Transitions,
    ImmutableArray<AlertState> Alerts)
{
    /// <summary>The rules that could not be evaluated for want of a figure, one <c>no-data</c> finding each (never an alert).</summary>
    public ImmutableArray<Finding> NoData { get; init; } = [];
}
