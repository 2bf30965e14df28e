using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;

namespace Regional.Storage;

public enum OutboxView
{
    /// <summary>Not sent yet (including those waiting after a failure).</summary>
    Pending,

    /// <summary>Pending after at least one failed attempt, and those set aside.</summary>
    Failed,

    All,
}

/// <summary>
/// Notifications written before they are sent, so that a transport outage delays them and never loses them.
/// Adding is idempotent by notification id: a notification built again from the same facts is stored once.
/// </summary>
public interface IOutbox
{
    /// <summary>Stores the notifications not stored yet as pending, due at once; returns how many were new.</summary>
    Task<int> AddAsync(string catalogId, IReadOnlyList<Notification> notifications, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes up to <paramref name="max"/> pending entries due at <paramref name="now"/>, oldest first, and holds them
    /// for <paramref name="lease"/> so a concurrent dispatcher does not send them too. Empty when another dispatcher
    /// took them first.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(string catalogId, DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    Task MarkSentAsync(string catalogId, IReadOnlyList<string> notificationIds, DateTimeOffset sentAt, CancellationToken cancellationToken = default);

    /// <summary>Stores failed attempts: each entry with its attempts, last error, next attempt, or status Failed when set aside.</summary>
    Task RecordFailureAsync(string catalogId, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OutboxEntry>> ListAsync(string catalogId, OutboxView view, CancellationToken cancellationToken = default);
}
