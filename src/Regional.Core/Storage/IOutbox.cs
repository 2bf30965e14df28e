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
/// <para>
/// An evaluation adds its notifications held (<see cref="AddHeldAsync"/>), writes its alert state, and then releases
/// them (<see cref="ReleaseAsync"/>); when another evaluation wrote the state first, it discards what it held
/// (<see cref="DiscardAsync"/>) and evaluates again. So a notification of an evaluation that lost the race is never
/// sent, while one that the winner produced too stays. A held entry remembers every evaluation holding it and is
/// deleted only when the last of them discards it.
/// </para>
/// </summary>
public interface IOutbox
{
    /// <summary>Stores the notifications not stored yet as pending, due at once; returns how many were new.</summary>
    Task<int> AddAsync(string catalogId, IReadOnlyList<Notification> notifications, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the notifications not stored yet as pending and held by <paramref name="hold"/>: not due before its end.
    /// One already stored and still held gains the holder (and the later end of the two holds); one stored and no
    /// longer held (due, being sent, sent or set aside) is left as it is. Returns how many were new.
    /// </summary>
    Task<int> AddHeldAsync(string catalogId, IReadOnlyList<Notification> notifications, OutboxHold hold, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes the entries among <paramref name="notificationIds"/> that are still held due at <paramref name="now"/>,
    /// whoever holds them; the others (never held, or released, sent or set aside meanwhile) are left as they are.
    /// Returns how many were released.
    /// </summary>
    Task<int> ReleaseAsync(string catalogId, IReadOnlyList<string> notificationIds, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives up <paramref name="holder"/>'s hold on the entries among <paramref name="notificationIds"/>: an entry
    /// still held by nobody else is deleted. Entries no longer held (released, taken by a dispatcher after the hold
    /// ended, sent or set aside) or not held by <paramref name="holder"/> are never touched. Returns how many were deleted.
    /// </summary>
    Task<int> DiscardAsync(string catalogId, IReadOnlyList<string> notificationIds, string holder, CancellationToken cancellationToken = default);

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

    /// <summary>How many entries are not sent yet (held ones included), read from the pending index alone.</summary>
    Task<int> CountPendingAsync(string catalogId, CancellationToken cancellationToken = default);
}
