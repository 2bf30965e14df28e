using Regional.Alerts.Notifications;

namespace Regional.Alerts.Outbox;

public enum OutboxStatus
{
    /// <summary>Waiting to be sent, or to be tried again after a failure.</summary>
    Pending,

    /// <summary>Confirmed by the transport.</summary>
    Sent,

    /// <summary>Set aside: it can never be sent as it is (too large for the transport).</summary>
    Failed,
}

/// <summary>
/// A notification in the outbox with its delivery record: attempts so far, the last error, and when it may be tried
/// next (while one dispatcher holds it, the end of its lease). <see cref="Held"/>: written by an evaluation whose alert
/// state is not stored yet, not due before <see cref="NextAttemptAt"/> unless that evaluation releases it.
/// </summary>
public sealed record OutboxEntry(
    Notification Notification,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SentAt = null,
    string? LastError = null,
    bool Held = false)
{
    public string Id => Notification.Id;
}
