using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace Regional.Functions.Tests;

/// <summary>What the triggers hand to the functions: queue messages as delivered and timer ticks.</summary>
internal static class Deliveries
{
    public static QueueMessage Message(string text, long dequeueCount = 1, string? messageId = null) =>
        QueuesModelFactory.QueueMessage(
            messageId ?? Guid.NewGuid().ToString(),
            "receipt",
            BinaryData.FromString(text),
            dequeueCount,
            insertedOn: FunctionsApp.Today);

    /// <summary>The message as it sits on the queue (decoded, as the trigger decodes it), taken without removing it.</summary>
    public static async Task<QueueMessage> Receive(FunctionsApp app, string queueName)
    {
        var received = await app.Queue(queueName).ReceiveMessageAsync(TimeSpan.FromSeconds(1));
        Assert.True(received.Value is not null, $"queue {queueName} holds no message");
        return received.Value;
    }

    public static TimerInfo Tick(bool pastDue = false) => new() { IsPastDue = pastDue };
}
