using Microsoft.Extensions.Logging;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Alerts.Contacts;

/// <summary>
/// Carries notifications to people. <see cref="ExpandAsync"/> turns each notification into its deliveries (the
/// routes decide which contact points, <see cref="DeliveryPlanner"/>) and stores them in the outbox, idempotently.
/// <see cref="DeliverDueAsync"/> then sends, contact point by contact point, what storage says is due: all of a
/// contact point's due deliveries as one message (one per notification for a generic webhook), once the contact
/// point's allowance in storage grants a place. A throttled or failed message is tried again later with a growing
/// wait; a refusal that cannot change, or the last of <see cref="DeliverySettings.MaxAttempts"/>, is recorded as
/// failed with the vendor's answer. One contact point's failure never touches another's deliveries.
/// </summary>
public sealed partial class DeliveryDispatcher(
    ICatalogProvider catalogs,
    IContactBookProvider contacts,
    IDeliveryOutbox outbox,
    IEnumerable<IContactChannel> channels,
    DeliverySettings settings,
    TimeProvider clock,
    ILogger<DeliveryDispatcher> logger) : INotificationExpansion
{
    private readonly Dictionary<ContactKind, IContactChannel> _channels = channels.ToDictionary(c => c.Kind);

    /// <summary>Bounds one run per contact point, so a flood cannot keep one run going.</summary>
    private const int MaxMessagesPerContactPerRun = 20;

    public async Task<int> ExpandAsync(string catalogId, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var book = contacts.Book;
        if (book.ContactPoints.IsEmpty || notifications.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var deliveries = notifications.SelectMany(n => DeliveryPlanner.Plan(book, n, now)).ToList();
        return deliveries.Count == 0 ? 0 : await outbox.AddAsync(catalogId, deliveries, now, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DeliveryReport> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var catalogId = catalogs.Catalog.Info.Id;
        var book = contacts.Book;
        if (book.ContactPoints.IsEmpty)
        {
            return DeliveryReport.Nothing;
        }

        var total = DeliveryReport.Nothing;
        foreach (var contactId in await outbox.DueContactPointsAsync(catalogId, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            var report = await DeliverToAsync(catalogId, book, contactId, cancellationToken).ConfigureAwait(false);
            total = new DeliveryReport(total.Messages + report.Messages, total.Delivered + report.Delivered, total.Retried + report.Retried, total.Failed + report.Failed);
        }

        if (total.Messages > 0 || total.Failed > 0)
        {
            LogDelivered(logger, total.Messages, total.Delivered, total.Retried, total.Failed);
        }

        return total;
    }

    /// <summary>Sends the due deliveries of one contact point; the outcome of one message decides only its own entries.</summary>
    public async Task<DeliveryReport> DeliverToAsync(string catalogId, ContactBook book, string contactId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(book);
        int messages = 0, delivered = 0, retried = 0, failed = 0;
        for (var round = 0; round < MaxMessagesPerContactPerRun; round++)
        {
            var now = clock.GetUtcNow();
            var claimed = await outbox.ClaimDueAsync(catalogId, contactId, now, settings.BatchSize, settings.Lease, cancellationToken).ConfigureAwait(false);
            if (claimed.Count == 0)
            {
                break;
            }

            if (book.Find(contactId) is not { } point || !_channels.TryGetValue(point.Kind, out var channel))
            {
                var reason = book.Find(contactId) is null
                    ? $"contact point '{contactId}' is no longer in contacts.json"
                    : $"no channel delivers to contact points of kind {book.Find(contactId)!.Kind}";
                await outbox.RecordAsync(catalogId, [.. claimed.Select(e => e with { Status = OutboxStatus.Failed, LastError = reason, NextAttemptAt = now })], cancellationToken).ConfigureAwait(false);
                failed += claimed.Count;
                LogRefused(logger, contactId, claimed.Count, reason);
                break;
            }

            var groups = channel.OneNotificationPerMessage ? claimed.Select(e => (IReadOnlyList<DeliveryEntry>)[e]).ToList() : [claimed];
            var stop = false;
            foreach (var group in groups)
            {
                if (stop)
                {
                    // Not sent in this run: due again at once for the next.
                    await outbox.RecordAsync(catalogId, [.. group.Select(e => e with { NextAttemptAt = now })], cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // The group interval spaces grouped messages; a channel of one message per notification is bound by its rate alone.
                var spacing = channel.OneNotificationPerMessage ? TimeSpan.Zero : group.Max(e => e.Delivery.GroupInterval);
                var slot = await outbox.TakeSlotAsync(catalogId, contactId, point.PerMinute, spacing, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                if (!slot.Granted)
                {
                    await outbox.RecordAsync(catalogId, [.. group.Select(e => e with { NextAttemptAt = slot.NotBefore })], cancellationToken).ConfigureAwait(false);
                    stop = true;
                    continue;
                }

                ChannelResult result;
                try
                {
                    result = await channel.SendAsync(point, [.. group.Select(e => e.Delivery)], cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    result = ChannelResult.Retry($"{ex.GetType().Name}: {ex.Message}");
                }

                var at = clock.GetUtcNow();
                switch (result.Outcome)
                {
                    case ChannelOutcome.Sent:
                        await outbox.MarkSentAsync(catalogId, group, at, cancellationToken).ConfigureAwait(false);
                        messages++;
                        delivered += group.Count;
                        break;
                    case ChannelOutcome.Permanent:
                        await outbox.RecordAsync(catalogId, [.. group.Select(e => e with { Status = OutboxStatus.Failed, Attempts = e.Attempts + 1, LastError = result.Answer, NextAttemptAt = at })], cancellationToken).ConfigureAwait(false);
                        failed += group.Count;
                        LogRefused(logger, contactId, group.Count, result.Answer);
                        break;
                    default:
                        var next = group.Select(e => e.Attempts + 1 >= settings.MaxAttempts
                            ? e with { Status = OutboxStatus.Failed, Attempts = e.Attempts + 1, LastError = $"gave up after {e.Attempts + 1} attempts; last answer: {result.Answer}", NextAttemptAt = at }
                            : e with { Attempts = e.Attempts + 1, LastError = result.Answer, NextAttemptAt = settings.NextAttempt(e.Attempts + 1, at, result.RetryAfter) }).ToList();
                        await outbox.RecordAsync(catalogId, next, cancellationToken).ConfigureAwait(false);
                        failed += next.Count(e => e.Status == OutboxStatus.Failed);
                        retried += next.Count(e => e.Status != OutboxStatus.Failed);
                        LogRetry(logger, contactId, group.Count, result.Answer);
                        stop = true;
                        break;
                }
            }

            if (stop)
            {
                break;
            }
        }

        return new DeliveryReport(messages, delivered, retried, failed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered {Messages} messages carrying {Delivered} deliveries; {Retried} to retry, {Failed} failed")]
    private static partial void LogDelivered(ILogger logger, int messages, int delivered, int retried, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Contact point {ContactPoint}: {Count} deliveries to retry: {Answer}")]
    private static partial void LogRetry(ILogger logger, string contactPoint, int count, string answer);

    [LoggerMessage(Level = LogLevel.Error, Message = "Contact point {ContactPoint}: {Count} deliveries failed for good: {Answer}")]
    private static partial void LogRefused(ILogger logger, string contactPoint, int count, string answer);
}
