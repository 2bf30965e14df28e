using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Alerts;

public enum TransitionKind
{
    /// <summary>The condition started firing: a new episode.</summary>
    New,

    /// <summary>Severity went up, or a lagging condition persisted for one more period.</summary>
    Escalated,

    /// <summary>Severity went down but the condition still fires (recorded, not notified).</summary>
    Deescalated,

    /// <summary>The condition stopped firing; carries the episode's duration.</summary>
    Resolved,

    /// <summary>The condition would fire but a data-quality failure of the region mutes it (recorded with the reason).</summary>
    Inhibited,
}

/// <summary>
/// A change of an alert's condition produced by an evaluation. <see cref="Id"/> is derived from the key, the period
/// and the kind, so the same evaluation replayed yields the same id (idempotent storage and delivery).
/// </summary>
public sealed record AlertTransition(
    string Id,
    AlertKey Key,
    TransitionKind Kind,
    Severity Severity,
    Severity PreviousSeverity,
    string State,
    Period Period,
    DateTimeOffset At,
    double? Value,
    double? Threshold,
    double? Gap,
    int? Rank,
    int? RankOf,
    int Streak,
    int? DurationPeriods,
    TimeSpan? Duration,
    string? InhibitedReason,
    bool Notify,
    string MessageEn,
    string MessageZh);
