using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Functions.Messaging;
using Regional.Messaging;

namespace Regional.Functions.Evaluation;

/// <summary>Evaluates the period each request on the evaluation queue names; an unreadable request is set aside.</summary>
public sealed class EvaluateFromQueue(EvaluateMessageHandler handler, IOptions<StorageOptions> storage)
{
    [Function(nameof(EvaluateFromQueue))]
    public Task Run(
        [QueueTrigger("%EvaluateQueueName%", Connection = StorageConnection.Name)] QueueMessage message,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(message.ToQueued(storage.Value.EvaluateQueue), cancellationToken);
}
