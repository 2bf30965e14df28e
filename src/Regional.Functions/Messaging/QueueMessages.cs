using Azure.Storage.Queues.Models;
using Regional.Messaging;

namespace Regional.Functions.Messaging;

internal static class QueueMessages
{
    /// <summary>The delivered message as the handlers see it; the trigger has already decoded the Base64 body.</summary>
    public static QueuedMessage ToQueued(this QueueMessage message, string queueName) =>
        new(queueName, message.MessageId, message.Body?.ToString() ?? string.Empty, message.DequeueCount);
}
