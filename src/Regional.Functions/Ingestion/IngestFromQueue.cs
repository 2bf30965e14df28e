using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Functions.Messaging;
using Regional.Messaging;

namespace Regional.Functions.Ingestion;

/// <summary>Ingests each submission sent to the ingest queue (a rejection is recorded, never thrown).</summary>
public sealed class IngestFromQueue(IngestMessageHandler handler, IOptions<StorageOptions> storage)
{
    [Function(nameof(IngestFromQueue))]
    public Task Run(
        [QueueTrigger("%IngestQueueName%", Connection = StorageConnection.Name)] QueueMessage message,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(message.ToQueued(storage.Value.IngestQueue), cancellationToken);
}
