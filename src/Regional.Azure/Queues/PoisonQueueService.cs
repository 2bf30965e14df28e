using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Messaging;
using Regional.Storage;

namespace Regional.Azure.Queues;

/// <summary>
/// Looks after the poison queues of the ingest and evaluation queues: lists the messages given up on with the reasons
/// recorded for them, and puts messages back on their main queue (sent there first, then removed from the poison
/// queue, so a failure in between leaves a copy rather than losing one; handling a message twice is harmless).
/// </summary>
public sealed class PoisonQueueService(QueueServiceClient queues, IPoisonLog log, IOptions<StorageOptions> options)
{
    /// <summary>The most messages a queue shows without taking them (the service's peek limit).</summary>
    public const int MaxListed = 32;

    /// <summary>How long a message taken while searching stays hidden if this process stops before giving it back.</summary>
    private static readonly TimeSpan SearchVisibility = TimeSpan.FromSeconds(30);

    /// <summary>The queues that have poison queues: the ingest and evaluation queues.</summary>
    public IReadOnlyList<string> QueueNames => [options.Value.IngestQueue, options.Value.EvaluateQueue];

    public async Task<PoisonQueueListing> ListAsync(string queueName, CancellationToken cancellationToken = default)
    {
        var poison = PoisonQueue(queueName);
        var properties = await poison.GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
        var peeked = await poison.PeekMessagesAsync(MaxListed, cancellationToken).ConfigureAwait(false);
        var reasons = (await log.ListAsync(queueName, cancellationToken).ConfigureAwait(false))
            .GroupBy(r => r.ContentHash, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var messages = peeked.Value
            .Select(m => (Message: m, Text: m.Body.ToString()))
            .Select(m => new PoisonMessage(m.Message.MessageId, m.Text, m.Message.InsertedOn, reasons.GetValueOrDefault(PoisonRecord.HashOf(m.Text))))
            .ToList();
        return new PoisonQueueListing(queueName, poison.Name, properties.Value.ApproximateMessagesCount, messages);
    }

    /// <summary>Moves one message back to its main queue; false when the poison queue holds no message with that id.</summary>
    public async Task<bool> RequeueAsync(string queueName, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var poison = PoisonQueue(queueName);
        var main = queues.GetQueueClient(queueName);
        var passedOver = new List<QueueMessage>();
        try
        {
            while (true)
            {
                var batch = (await poison.ReceiveMessagesAsync(MaxListed, SearchVisibility, cancellationToken).ConfigureAwait(false)).Value;
                if (batch.Length == 0)
                {
                    return false;
                }

                var target = batch.FirstOrDefault(m => string.Equals(m.MessageId, messageId, StringComparison.Ordinal));
                passedOver.AddRange(batch.Where(m => m != target));
                if (target is not null)
                {
                    await MoveAsync(target, poison, main, cancellationToken).ConfigureAwait(false);
                    return true;
                }
            }
        }
        finally
        {
            // Messages taken only to look past them are made visible again at once.
            foreach (var message in passedOver)
            {
                try
                {
                    await poison.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None).ConfigureAwait(false);
                }
                catch (RequestFailedException ex) when (ex.Status is 400 or 404)
                {
                    // Its hidden time ran out during a long search and it was taken again: the later receipt releases it.
                }
            }
        }
    }

    /// <summary>Moves every message of the poison queue back to its main queue; returns how many were moved.</summary>
    public async Task<int> RequeueAllAsync(string queueName, CancellationToken cancellationToken = default)
    {
        var poison = PoisonQueue(queueName);
        var main = queues.GetQueueClient(queueName);
        var moved = 0;
        while (true)
        {
            var batch = (await poison.ReceiveMessagesAsync(MaxListed, SearchVisibility, cancellationToken).ConfigureAwait(false)).Value;
            if (batch.Length == 0)
            {
                return moved;
            }

            foreach (var message in batch)
            {
                await MoveAsync(message, poison, main, cancellationToken).ConfigureAwait(false);
                moved++;
            }
        }
    }

    private static async Task MoveAsync(QueueMessage message, QueueClient poison, QueueClient main, CancellationToken cancellationToken)
    {
        await main.SendMessageAsync(message.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
    }

    private QueueClient PoisonQueue(string queueName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        if (!QueueNames.Contains(queueName, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{queueName}' is not one of the app's queues ({string.Join(", ", QueueNames)}).", nameof(queueName));
        }

        return queues.GetQueueClient(PoisonQueues.For(queueName));
    }
}
