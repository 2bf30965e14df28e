using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Periods;

namespace Regional.Engine;

/// <summary>
/// The outcome of one evaluation: a scorecard per compared region, every finding, the alert transitions
/// to record (and notify where <see cref="AlertTransition.Notify"/>), and the alert state to carry forward.
/// </summary>
public sealed record EvaluationResult(
    Period Period,
    string CatalogId,
    string CatalogVersion,
    DateTimeOffset EvaluatedAt,
    ImmutableArray<RegionScorecard> Scorecards,
    ImmutableArray<Finding> Findings,
    ImmutableArray<AlertTransition> Transitions,
    ImmutableArray<AlertState> Alerts);
