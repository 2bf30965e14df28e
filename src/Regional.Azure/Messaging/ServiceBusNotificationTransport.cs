using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Pipeline;

namespace Regional.Azure.Messaging;

/// <summary>
/// Publishes notifications to a Service Bus topic, in as few batches as the broker's message size allows.
/// <c>MessageId</c> is the notification id, so the topic's duplicate detection drops what the outbox sends again;
/// application properties (<see cref="NotificationProperties"/>) let subscriptions filter per region and severity.
/// </summary>
public sealed class ServiceBusNotificationTransport(
    ServiceBusSender sender,
    ICatalogProvider? catalogs = null,
    ILogger<ServiceBusNotificationTransport>? logger = null) : INotificationTransport
{
    private readonly ILogger _logger = logger ?? NullLogger<ServiceBusNotificationTransport>.Instance;

    public string Name => nameof(AlertTransportKind.ServiceBus);

    public async Task SendAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0)
        {
            return;
        }

        var catalog = catalogs?.Catalog;
        var messages = notifications.Select(n => (n.Id, Message: ToMessage(n, catalog))).ToList();
        ServiceBusMessageBatch? batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A body larger than a whole batch can never be sent: refuse before anything of this send goes out.
            var maxBytes = batch.MaxSizeInBytes;
            if (messages.FirstOrDefault(m => m.Message.Body.ToMemory().Length > maxBytes) is { Message: not null } tooLarge)
            {
                throw new NotificationTooLargeException(tooLarge.Id, tooLarge.Message.Body.ToMemory().Length, maxBytes);
            }

            var batches = 0;
            foreach (var (id, message) in messages)
            {
                if (batch.TryAddMessage(message))
                {
                    continue;
                }

                if (batch.Count == 0)
                {
                    throw new NotificationTooLargeException(id, message.Body.ToMemory().Length, batch.MaxSizeInBytes);
                }

                await sender.SendMessagesAsync(batch, cancellationToken).ConfigureAwait(false);
                batches++;
                batch.Dispose();
                batch = null;
                batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
                if (!batch.TryAddMessage(message))
                {
                    throw new NotificationTooLargeException(id, message.Body.ToMemory().Length, batch.MaxSizeInBytes);
                }
            }

            await sender.SendMessagesAsync(batch, cancellationToken).ConfigureAwait(false);
            batches++;
            _logger.LogInformation(
                "Sent {Count} notifications to topic {Topic} in {Batches} batches",
                messages.Count,
                sender.EntityPath,
                batches);
        }
        finally
        {
            batch?.Dispose();
        }
    }

    /// <summary>The Service Bus message of one notification: the JSON body, its id, subject and filterable properties.</summary>
    public static ServiceBusMessage ToMessage(Notification notification, Catalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var message = new ServiceBusMessage(BinaryData.FromBytes(NotificationMessage.From(notification, catalog).ToUtf8Json()))
        {
            MessageId = notification.Id,
            Subject = NotificationProperties.Subject(notification),
            ContentType = NotificationVocabulary.ContentType,
            CorrelationId = NotificationProperties.CorrelationId(notification),
        };
        foreach (var (name, value) in NotificationProperties.For(notification))
        {
            message.ApplicationProperties[name] = value;
        }

        return message;
    }
}
