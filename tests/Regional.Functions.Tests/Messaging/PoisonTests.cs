using Azure;
using Regional.Azure.Queues;
using Regional.Functions.Ingestion;
using Regional.Messaging;
using Regional.Storage;

namespace Regional.Functions.Tests.Messaging;

public sealed class PoisonTests(AzuriteFixture azurite) : FunctionsTest(azurite)
{
    /// <summary>A claim check whose stored payload is gone: every try fails the same way.</summary>
    private const string DanglingReference = "regional-claim-check:v1:ingest/2025/10/20/missing";

    private IngestFromQueue Function => App.Function<IngestFromQueue>();

    [Fact]
    public async Task FailureOnTheLastTryIsRecordedAndTheExceptionStillReachesTheTrigger()
    {
        var message = Deliveries.Message(DanglingReference, dequeueCount: QueueRetrySettings.DefaultMaxDequeueCount);

        var thrown = await Assert.ThrowsAsync<RequestFailedException>(() => Function.Run(message, CancellationToken.None));

        var reason = Assert.Single(await App.Get<IPoisonLog>().ListAsync(App.Storage.IngestQueue));
        Assert.Equal(
            (App.Storage.IngestQueue, message.MessageId, 5L, typeof(RequestFailedException).FullName, FunctionsApp.Today),
            (reason.QueueName, reason.MessageId, reason.DequeueCount, reason.ErrorType, reason.RecordedAt));
        Assert.Contains(thrown.Message.Split('\n')[0], reason.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailureBeforeTheLastTryIsOnlyRetried()
    {
        var message = Deliveries.Message(DanglingReference, dequeueCount: QueueRetrySettings.DefaultMaxDequeueCount - 1);

        await Assert.ThrowsAsync<RequestFailedException>(() => Function.Run(message, CancellationToken.None));

        Assert.Empty(await App.Get<IPoisonLog>().ListAsync(App.Storage.IngestQueue));
    }

    [Fact]
    public async Task PoisonedMessageIsListedWithItsReasonAndRequeuedToItsQueue()
    {
        var message = Deliveries.Message(DanglingReference, dequeueCount: 5);
        await Assert.ThrowsAsync<RequestFailedException>(() => Function.Run(message, CancellationToken.None));

        // What the trigger does after the last try: a copy of the text, under a new id, in <queue>-poison.
        await App.Queue(PoisonQueues.For(App.Storage.IngestQueue)).SendMessageAsync(DanglingReference);
        var service = App.Get<PoisonQueueService>();
        var listed = Assert.Single((await service.ListAsync(App.Storage.IngestQueue)).Messages);
        var requeued = await service.RequeueAsync(App.Storage.IngestQueue, listed.MessageId);

        Assert.Equal((DanglingReference, message.MessageId), (listed.Text, listed.Reason!.MessageId));
        Assert.True(requeued);
        Assert.Equal(DanglingReference, (await Deliveries.Receive(App, App.Storage.IngestQueue)).Body.ToString());
        Assert.Empty((await service.ListAsync(App.Storage.IngestQueue)).Messages);
    }
}

public sealed class PoisonRetryCountTests(AzuriteFixture azurite) : FunctionsTest(azurite)
{
    public override async Task InitializeAsync() =>
        await InitializeWith(settings => settings["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "2");

    [Fact]
    public async Task LastTryFollowsTheHostsDequeueCountSetting()
    {
        var message = Deliveries.Message("regional-claim-check:v1:ingest/none", dequeueCount: 2);

        await Assert.ThrowsAsync<RequestFailedException>(() => App.Function<IngestFromQueue>().Run(message, CancellationToken.None));

        Assert.Equal(2, Assert.Single(await App.Get<IPoisonLog>().ListAsync(App.Storage.IngestQueue)).DequeueCount);
    }
}
