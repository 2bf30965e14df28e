using Regional.Azure.Queues;
using Regional.Functions.Evaluation;
using Regional.Functions.Ingestion;
using Regional.Messaging;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Storage;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Evaluation;

public sealed class EvaluateFromQueueTests(AzuriteFixture azurite) : FunctionsTest(azurite)
{
    private static readonly Period Q3 = Period.Parse("2025-Q3");

    private EvaluateFromQueue Function => App.Function<EvaluateFromQueue>();

    [Fact]
    public async Task RequestQueuedByIngestionPublishesTheScorecardAndMarksTheSubmissionProcessed()
    {
        await App.Function<IngestFromQueue>().Run(Deliveries.Message(Envelope("chengdu-2025-Q3-001", Figure("510100", "gdp_growth", "2025-Q3", 5.9))), CancellationToken.None);
        var request = await Deliveries.Receive(App, App.Storage.EvaluateQueue);

        await Function.Run(request, CancellationToken.None);

        var scorecard = await App.Get<IEvaluationStore>().GetRegionScorecardAsync(CatalogId, Q3, "510100");
        Assert.Equal(5.9, scorecard!.Indicator("gdp_growth")!.Value);
        Assert.Equal(SubmissionStatus.Processed, (await App.Get<ISubmissionStore>().GetAsync("510100:chengdu-2025-Q3-001"))!.Status);
    }

    [Fact]
    public async Task UnreadableRequestIsSetAsideWithItsReasonInsteadOfBeingRetried()
    {
        var message = Deliveries.Message("evaluate 2025-Q3 please");

        var exception = await Record.ExceptionAsync(() => Function.Run(message, CancellationToken.None));

        Assert.Null(exception);
        var listing = await App.Get<PoisonQueueService>().ListAsync(App.Storage.EvaluateQueue);
        var poisoned = Assert.Single(listing.Messages);
        Assert.Equal("evaluate 2025-Q3 please", poisoned.Text);
        Assert.Equal((EvaluateMessageHandler.UnreadableMessage, message.MessageId), (poisoned.Reason!.ErrorType, poisoned.Reason.MessageId));
        Assert.Contains("not an evaluation request", poisoned.Reason.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestForAnotherCatalogIsSetAside()
    {
        var message = Deliveries.Message(EvaluationRequest.For("eu-fiscal", Q3).ToJson());

        await Function.Run(message, CancellationToken.None);

        var poisoned = Assert.Single((await App.Get<PoisonQueueService>().ListAsync(App.Storage.EvaluateQueue)).Messages);
        Assert.Equal(EvaluateMessageHandler.OtherCatalog, poisoned.Reason!.ErrorType);
        Assert.Null(await App.Get<IEvaluationStore>().GetScorecardVersionAsync(CatalogId, Q3));
    }
}
