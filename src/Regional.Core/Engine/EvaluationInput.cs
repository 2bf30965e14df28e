using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Engine;

/// <summary>
/// Everything one evaluation needs. <see cref="Observations"/> holds the period under evaluation and earlier
/// periods (all vintages); <see cref="PreviousAlerts"/> is the alert state after the previous evaluation;
/// <see cref="EvaluatedAt"/> is the evaluation's timestamp, given rather than read from a clock.
/// <see cref="DeadlinePassed"/> says the period's reporting deadline is over: completeness is then checked even when
/// nobody has reported anything for the period (before the deadline an empty period is simply not due yet).
/// </summary>
public sealed record EvaluationInput(
    Catalog Catalog,
    Period Period,
    ImmutableArray<Observation> Observations,
    ImmutableArray<AlertState> PreviousAlerts,
    DateTimeOffset EvaluatedAt,
    bool DeadlinePassed = false);
