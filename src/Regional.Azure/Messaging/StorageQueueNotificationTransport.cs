using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Regional.Alerts.Notifications;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Azure.Messaging;

/// <summary>
/// Sends each notification as one Storage-queue message holding its JSON body (Base64 on the queue, a claim check in
/// blob storage above 64 KiB, as every queue message of the project). The queue has no duplicate detection: a resend
/// arrives again, and consumers drop a notification id they have already handled.
/// </summary>
public sealed class StorageQueueNotificationTransport(
    IWorkQueue queue,
    QueueServiceClient queues,
    IOptions<AlertTransportOptions> options,
    ICatalogProvider? catalogs = null) : INotificationTransport
{
    private readonly string _queueName = options.Value.Queue;
    private volatile bool _queueExists;

    public string Name => nameof(AlertTransportKind.StorageQueue);

    public string QueueName => _queueName;

    public async Task SendAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0)
        {
            return;
        }

        // The storage initializer knows only the storage queues; this one is made on first use (an idempotent call).
        if (!_queueExists)
        {
            await queues.GetQueueClient(_queueName).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            _queueExists = true;
        }

        var catalog = catalogs?.Catalog;
        foreach (var notification in notifications)
        {
            await queue.SendAsync(_queueName, NotificationMessage.From(notification, catalog).ToJson(), cancellationToken).ConfigureAwait(false);
        }
    }
}
