using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Alerts.Lifecycle;

public enum AlertEventKind
{
    New,
    Escalated,
    Deescalated,
    Resolved,
    Inhibited,

    /// <summary>A silence that held the alert is over and the alert, still firing, was notified.</summary>
    Released,

    /// <summary>A critical alert still firing was notified again.</summary>
    Reminder,

    /// <summary>An acknowledged alert still fired after its due date.</summary>
    FollowUp,

    Acknowledged,
    Closed,
}

/// <summary>
/// One line of an alert's history: a transition of its condition (with period, values and whether it was notified
/// or silenced), a delivery (reminder, follow-up, release after a silence) or a human response. <see cref="Id"/> is
/// the transition id for transitions, so recording an evaluation again does not add a line.
/// <see cref="Reason"/> holds the inhibiting check or the silence id; <see cref="Actor"/> and <see cref="ActorId"/> the
/// signed-in principal who responded (the owner the response names is in <see cref="AlertResponse.Owner"/>).
/// </summary>
public sealed record AlertEvent(
    string Id,
    string AlertId,
    AlertEventKind Kind,
    Period Period,
    DateTimeOffset At,
    Severity Severity,
    double? Value = null,
    double? Threshold = null,
    double? Gap = null,
    int Streak = 0,
    TimeSpan? Duration = null,
    bool Notified = false,
    bool Silenced = false,
    string? Reason = null,
    string? NotificationId = null,
    string? Actor = null,
    string? Note = null,
    DateOnly? DueDate = null,
    string MessageEn = "",
    string MessageZh = "",
    string? ActorId = null);
