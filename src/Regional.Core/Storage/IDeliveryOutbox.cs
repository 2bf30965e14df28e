using Regional.Alerts.Contacts;
using Regional.Alerts.Outbox;

namespace Regional.Storage;

/// <summary>A delivery in the outbox with its record: attempts, the vendor's last answer, when it may go next.</summary>
public sealed record DeliveryEntry(
    Delivery Delivery,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SentAt = null,
    string? LastError = null)
{
    public string Id => Delivery.Id;
}

/// <summary>Whether a message may go to a contact point now, and if not, from when.</summary>
public sealed record SendSlot(bool Granted, DateTimeOffset NotBefore);

/// <summary>
/// Deliveries to contact points, kept in storage beside the notifications they come from: each its own entry, so a
/// failing channel never holds back or repeats another. The per-contact-point send record (messages in the current
/// minute, the last message) is kept here too, so a rate limit holds across every instance that dispatches.
/// </summary>
public interface IDeliveryOutbox
{
    /// <summary>Stores the deliveries not stored yet, pending until their due time; returns how many were new.</summary>
    Task<int> AddAsync(string catalogId, IReadOnlyList<Delivery> deliveries, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The contact points with at least one pending delivery due at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<string>> DueContactPointsAsync(string catalogId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes up to <paramref name="max"/> of a contact point's due deliveries, oldest first, and holds them for
    /// <paramref name="lease"/>; empty when another dispatcher took them first.
    /// </summary>
    Task<IReadOnlyList<DeliveryEntry>> ClaimDueAsync(string catalogId, string contactPointId, DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes one message of the contact point's allowance: at most <paramref name="perMinute"/> in a minute and none
    /// sooner than <paramref name="spacing"/> after the last. Under the record's ETag, so two instances never take the
    /// same place.
    /// </summary>
    Task<SendSlot> TakeSlotAsync(string catalogId, string contactPointId, int perMinute, TimeSpan spacing, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task MarkSentAsync(string catalogId, IReadOnlyList<DeliveryEntry> entries, DateTimeOffset sentAt, CancellationToken cancellationToken = default);

    /// <summary>Stores each entry's attempts, answer and next attempt; an entry of status Failed leaves the pending range for good.</summary>
    Task RecordAsync(string catalogId, IReadOnlyList<DeliveryEntry> entries, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DeliveryEntry>> ListAsync(string catalogId, OutboxView view, CancellationToken cancellationToken = default);
}
