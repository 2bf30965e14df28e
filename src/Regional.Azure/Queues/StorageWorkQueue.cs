using Azure;
using System.Globalization;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Storage;

namespace Regional.Azure.Queues;

/// <summary>Storage-queue work items with a claim check in blob storage for messages over the queue's size limit.</summary>
public sealed class StorageWorkQueue(
    QueueServiceClient queues,
    BlobServiceClient blobs,
    IOptions<StorageOptions> options,
    TimeProvider clock) : IWorkQueue
{
    private readonly BlobContainerClient _payloads = blobs.GetBlobContainerClient(options.Value.QueuePayloadContainer);

    public async Task SendAsync(string queueName, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        ArgumentNullException.ThrowIfNull(message);
        var text = message;
        if (ClaimCheck.NeedsBlob(message))
        {
            var blobName = string.Create(
                CultureInfo.InvariantCulture,
                $"{queueName}/{clock.GetUtcNow():yyyy/MM/dd}/{Guid.NewGuid():N}");
            await _payloads.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(message), cancellationToken).ConfigureAwait(false);
            text = ClaimCheck.Reference(blobName);
        }

        await queues.GetQueueClient(queueName).SendMessageAsync(text, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WorkItem>> ReceiveAsync(
        string queueName,
        int maxMessages,
        TimeSpan visibilityTimeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        var received = await queues.GetQueueClient(queueName)
            .ReceiveMessagesAsync(maxMessages, visibilityTimeout, cancellationToken).ConfigureAwait(false);
        var items = new List<WorkItem>(received.Value.Length);
        foreach (var message in received.Value)
        {
            var text = message.Body.ToString();
            var reference = ClaimCheck.TryParse(text, out var blobName) ? blobName : null;
            var body = reference is null ? text : await ReadPayloadAsync(reference, cancellationToken).ConfigureAwait(false);
            items.Add(new WorkItem(queueName, message.MessageId, message.PopReceipt, body, message.DequeueCount, reference));
        }

        return items;
    }

    public async Task<string> ResolveAsync(string queuedText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queuedText);
        return ClaimCheck.TryParse(queuedText, out var blobName)
            ? await ReadPayloadAsync(blobName, cancellationToken).ConfigureAwait(false)
            : queuedText;
    }

    public async Task CompleteAsync(WorkItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            await queues.GetQueueClient(item.QueueName).DeleteMessageAsync(item.MessageId, item.Receipt, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone: a retried delete whose first attempt succeeded, or another receiver completed it. Done either way.
        }

        if (item.PayloadReference is { } blobName)
        {
            await _payloads.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string> ReadPayloadAsync(string blobName, CancellationToken cancellationToken)
    {
        var download = await _payloads.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return download.Value.Content.ToString();
    }
}
