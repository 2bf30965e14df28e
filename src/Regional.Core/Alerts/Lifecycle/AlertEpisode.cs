using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Alerts.Lifecycle;

/// <summary>
/// The system side of one alert episode of a (region, rule, indicator): its condition as the evaluations see it, and
/// the delivery bookkeeping the reminder, silence and follow-up checks need. The human response is kept apart
/// (<see cref="AlertResponse"/>) so that an evaluation never overwrites an acknowledgement.
/// <para>
/// <see cref="HeldBy"/> names the silence that kept the latest notifiable transition from being sent; it is cleared
/// once the alert is notified. <see cref="Reminders"/> counts reminders since <see cref="LastNotifiedAt"/>'s
/// transition; <see cref="FollowedUpDue"/> is the due date a follow-up was last sent for.
/// </para>
/// </summary>
public sealed record AlertEpisode(
    string Id,
    AlertKey Key,
    AlertCondition Condition,
    Severity Severity,
    string State,
    Period StartedPeriod,
    DateTimeOffset StartedAt,
    Period LastPeriod,
    int Streak,
    double? LastValue,
    bool Inhibited,
    Period? ResolvedPeriod,
    DateTimeOffset? ResolvedAt,
    TimeSpan? Duration,
    string LastTransitionId,
    TransitionKind LastTransitionKind,
    DateTimeOffset UpdatedAt,
    string MessageEn,
    string MessageZh,
    DateTimeOffset? LastNotifiedAt = null,
    int Reminders = 0,
    string? HeldBy = null,
    DateOnly? FollowedUpDue = null);
