using Azure.Storage.Queues;
using Regional.Messaging;

namespace Regional.Cli.Tests.Storage;

public class PoisonCommandTests
{
    [Fact]
    public async Task PoisonMessagesAreListedAndRequeuedToTheirQueue()
    {
        await using var storage = await AzuriteStorage.CreateAsync();
        Assert.Equal(0, (await storage.RunAsync("seed")).ExitCode);
        var ingest = storage.Settings["IngestQueueName"]!;
        var queues = new QueueServiceClient(storage.Connection, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var poison = queues.GetQueueClient(PoisonQueues.For(ingest));
        await poison.CreateIfNotExistsAsync();
        var sent = await poison.SendMessageAsync("{\"schema\":\"broken\"}");
        await poison.SendMessageAsync("second message");

        var listed = await storage.RunAsync("poison", "list", "--queue", ingest);

        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Contains($"{PoisonQueues.For(ingest)}: about 2 messages", listed.Output, StringComparison.Ordinal);
        Assert.Contains(sent.Value.MessageId, listed.Output, StringComparison.Ordinal);
        Assert.Contains("no reason recorded", listed.Output, StringComparison.Ordinal);

        var one = await storage.RunAsync("poison", "requeue", sent.Value.MessageId, "--queue", ingest);
        Assert.True(one.ExitCode == 0, one.ToString());

        var rest = await storage.RunAsync("poison", "requeue", "--queue", ingest, "--all");
        Assert.True(rest.ExitCode == 0, rest.ToString());
        Assert.Contains("Requeued 1 messages", rest.Output, StringComparison.Ordinal);

        var back = await queues.GetQueueClient(ingest).ReceiveMessagesAsync(maxMessages: 10);
        Assert.Equal(["second message", "{\"schema\":\"broken\"}"], back.Value.Select(m => m.MessageText).Order(StringComparer.Ordinal));
        Assert.Equal(0, (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task RequeueOfAnUnknownQueueOrMessageIsRefusedWithAReason()
    {
        await using var storage = await AzuriteStorage.CreateAsync();
        Assert.Equal(0, (await storage.RunAsync("seed")).ExitCode);
        var ingest = storage.Settings["IngestQueueName"]!;

        var unknownQueue = await storage.RunAsync("poison", "requeue", "x", "--queue", "not-a-queue");
        var unknownMessage = await storage.RunAsync("poison", "requeue", "missing-id", "--queue", ingest);
        var neither = await storage.RunAsync("poison", "requeue", "--queue", ingest);

        Assert.Equal(2, unknownQueue.ExitCode);
        Assert.Contains("is not one of the queues", unknownQueue.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknownMessage.ExitCode);
        Assert.Contains("no poison message 'missing-id'", unknownMessage.Error, StringComparison.Ordinal);
        Assert.Equal(2, neither.ExitCode);
    }
}
