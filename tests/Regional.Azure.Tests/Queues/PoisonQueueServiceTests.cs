using Regional.Azure.Queues;
using Regional.Messaging;
using Regional.Storage;

namespace Regional.Azure.Tests.Queues;

public sealed class PoisonQueueServiceTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private static readonly DateTimeOffset At = new(2025, 10, 20, 8, 0, 0, TimeSpan.Zero);

    private PoisonQueueService Service => Storage.Get<PoisonQueueService>();

    private string Ingest => Storage.Options.IngestQueue;

    [Fact]
    public async Task ListShowsEachPoisonMessageWithItsRecordedReason()
    {
        await Poison(Ingest, "first payload");
        await Poison(Ingest, "second payload");
        await Storage.Get<IPoisonLog>().RecordAsync(PoisonRecord.For(Ingest, "original-id", "first payload", 5, "System.TimeoutException", "table service timed out", At));

        var listing = await Service.ListAsync(Ingest);

        Assert.Equal((Ingest, PoisonQueues.For(Ingest), 2), (listing.QueueName, listing.PoisonQueueName, listing.ApproximateCount));
        var first = Assert.Single(listing.Messages, m => m.Text == "first payload");
        Assert.Equal(("System.TimeoutException", "table service timed out", "original-id"), (first.Reason!.ErrorType, first.Reason.ErrorMessage, first.Reason.MessageId));
        Assert.Null(Assert.Single(listing.Messages, m => m.Text == "second payload").Reason);
    }

    [Fact]
    public async Task RequeueOneMovesOnlyThatMessageBackToTheMainQueue()
    {
        await Poison(Ingest, "keep me");
        await Poison(Ingest, "requeue me");
        await Poison(Ingest, "keep me too");
        var target = (await Service.ListAsync(Ingest)).Messages.Single(m => m.Text == "requeue me");

        var moved = await Service.RequeueAsync(Ingest, target.MessageId);

        Assert.True(moved);
        Assert.Equal(["requeue me"], await Texts(Ingest));
        Assert.Equal(["keep me", "keep me too"], await Texts(PoisonQueues.For(Ingest)));
    }

    [Fact]
    public async Task RequeueOfAnUnknownIdMovesNothingAndLeavesEveryMessageVisible()
    {
        await Poison(Ingest, "stays");

        var moved = await Service.RequeueAsync(Ingest, "no-such-id");

        Assert.False(moved);
        Assert.Empty(await Texts(Ingest));
        Assert.Equal(["stays"], await Texts(PoisonQueues.For(Ingest)));
    }

    [Fact]
    public async Task RequeueAllEmptiesThePoisonQueueIntoTheMainQueue()
    {
        for (var i = 0; i < 40; i++)
        {
            await Poison(Ingest, $"message {i:D2}");
        }

        var moved = await Service.RequeueAllAsync(Ingest);

        Assert.Equal(40, moved);
        Assert.Equal(40, (await Storage.Queue(Ingest).GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Equal(0, (await Storage.Queue(PoisonQueues.For(Ingest)).GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"message {i:D2}"), (await TakeAll(Ingest)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task QueueThatIsNotOneOfTheAppsIsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Service.ListAsync("somebody-elses-queue"));
    }

    private Task Poison(string queue, string text) => Storage.Queue(PoisonQueues.For(queue)).SendMessageAsync(text);

    private async Task<List<string>> TakeAll(string queue)
    {
        var texts = new List<string>();
        while ((await Storage.Queue(queue).ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value is { Length: > 0 } batch)
        {
            texts.AddRange(batch.Select(m => m.Body.ToString()));
        }

        return texts;
    }

    private async Task<List<string>> Texts(string queue) =>
        [.. (await Storage.Queue(queue).PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString())];
}
