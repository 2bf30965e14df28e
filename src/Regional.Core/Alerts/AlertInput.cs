using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Periods;

namespace Regional.Alerts;

/// <summary>
/// What the alert decision needs from one evaluation. <see cref="Readings"/> holds, for every alert key whose rule
/// had its input data this period, the current value, threshold, gap, streak and rank, whether or not it fires.
/// A key without a reading had no data, and its alert is left as it was. A key a <see cref="RuleFailure"/> covers is
/// left as it was too, quality checks included: a rule that failed says nothing about whether a condition cleared.
/// </summary>
public sealed record AlertInput(
    Catalog Catalog,
    Period Period,
    DateTimeOffset EvaluatedAt,
    ImmutableArray<Finding> Findings,
    ImmutableDictionary<AlertKey, RuleReading> Readings,
    ImmutableArray<AlertState> PreviousAlerts,
    ImmutableArray<RuleFailure> Failures = default);

/// <summary>The measured side of a rule for one region and period (streak: lagging periods running, for growth targets).</summary>
public sealed record RuleReading(double? Value, double? Threshold, double? Gap, int Streak = 0, int? Rank = null, int? RankOf = null);

/// <summary>The transitions to record and the alert state to carry into the next evaluation.</summary>
public sealed record AlertDecision(ImmutableArray<AlertTransition> Transitions, ImmutableArray<AlertState> Alerts);
