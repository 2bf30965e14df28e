using System.Text;
using Azure.Storage.Queues.Models;
using System.Text.Json;
using Regional.Functions.Ingestion;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Storage;
using Regional.Submissions;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Ingestion;

public sealed class IngestFromQueueTests(AzuriteFixture azurite) : FunctionsTest(azurite)
{
    private static readonly Period Q3 = Period.Parse("2025-Q3");

    private IngestFromQueue Function => App.Function<IngestFromQueue>();

    [Fact]
    public async Task SameMessageDeliveredThreeTimesStoresEachObservationOnceAsOneSubmission()
    {
        var message = Deliveries.Message(Envelope(
            "chengdu-2025-Q3-001",
            Figure("510100", "gdp_growth", "2025-Q3", 5.9),
            Figure("510100", "gdp", "2025-Q3", 17000),
            Figure("510100", "retail_growth", "2025-Q3", 4.1)));

        var states = new List<string>();
        for (var delivery = 1; delivery <= 3; delivery++)
        {
            await Function.Run(message, CancellationToken.None);
            states.Add(await State());
        }

        var stored = await App.Get<IObservationStore>().ReadPeriodAsync(CatalogId, Q3);
        Assert.Equal(3, stored.Count);
        Assert.All(stored, o => Assert.Equal(1, o.Vintage));
        var submission = Assert.Single(await App.Get<ISubmissionStore>().ListByDayAsync(DateOnly.FromDateTime(FunctionsApp.Today.UtcDateTime)));
        Assert.Equal(("510100:chengdu-2025-Q3-001", SubmissionStatus.Accepted, 3), (submission.Id, submission.Status, submission.Counts.Added));
        Assert.Equal(states[0], states[1]);
        Assert.Equal(states[0], states[2]);
    }

    [Fact]
    public async Task SameSdmxFileSentAsThreeMessagesIsOneSubmission()
    {
        var csv = SdmxCsv("2025-Q3", ("510300", "gdp_growth", 5.2), ("510400", "gdp_growth", 3.1));

        for (var send = 0; send < 3; send++)
        {
            await Function.Run(Deliveries.Message(csv), CancellationToken.None);
        }

        var submissions = await App.Get<ISubmissionStore>().ListByDayAsync(DateOnly.FromDateTime(FunctionsApp.Today.UtcDateTime));
        Assert.Equal(SubmissionStatus.Accepted, Assert.Single(submissions).Status);
        Assert.Equal(2, (await App.Get<IObservationStore>().ReadPeriodAsync(CatalogId, Q3)).Count);
    }

    [Fact]
    public async Task AcceptedSubmissionAsksForTheEvaluationOfItsPeriod()
    {
        await Function.Run(Deliveries.Message(Envelope("zigong-2025-Q3-001", Figure("510300", "gdp_growth", "2025-Q3", 5.2))), CancellationToken.None);

        var queued = await Deliveries.Receive(App, App.Storage.EvaluateQueue);
        Assert.True(EvaluationRequest.TryParse(queued.Body.ToString(), out var request, out _));
        Assert.Equal((CatalogId, Q3), (request!.CatalogId, request.Period));
        Assert.Equal(["510300:zigong-2025-Q3-001"], request.SubmissionIds);
    }

    [Fact]
    public async Task SubmissionWithManyProblemsIsRejectedWithEveryReasonAndKeptAsReceived()
    {
        var body = """
            {
              "schema": "regional.submission/v1",
              "submissionId": "bad-2025-Q3-001",
              "source": "Somewhere",
              "submittedAt": "2025-10-19T08:00:00+08:00",
              "observations": [
                { "region": "999999", "indicator": "gdp_growth", "period": "2025-Q3", "value": 5.0 },
                { "region": "510100", "indicator": "gdp_growth", "period": "2025-Q3", "value": "NaN" },
                { "region": "510300", "indicator": "gdp_growth", "period": "2026-Q1", "value": 6.0 },
                { "region": "510400", "indicator": "gdp", "period": "2025-Q3", "value": 1200 },
                { "region": "510400", "indicator": "gdp", "period": "2025-Q3", "value": 1300 }
              ]
            }
            """;

        var record = await RejectedAndKept(body);

        Assert.Equal("bad-2025-Q3-001", record.Id);
        Assert.Superset(
            new HashSet<string> { ProblemCodes.UnknownRegion, ProblemCodes.NotANumber, ProblemCodes.FuturePeriod, ProblemCodes.DuplicateKey },
            record.Problems.Select(p => p.Code).ToHashSet());
        Assert.Contains(record.Problems, p => p.Code == ProblemCodes.UnknownRegion && p.Reason.Contains("999999", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadJsonIsRejectedWithTheReason()
    {
        var record = await RejectedAndKept("""{ "schema": "regional.submission/v1", "observations": [ { "region": """);

        Assert.Contains(record.Problems, p => p.Code == ProblemCodes.MalformedJson);
    }

    [Fact]
    public async Task EmptyBodyIsRejectedWithTheReason()
    {
        var record = await RejectedAndKept(string.Empty);

        Assert.Equal(ProblemCodes.EmptyBody, Assert.Single(record.Problems).Code);
    }

    [Fact]
    public async Task TenMegabyteBodyIsRejectedAsTooLargeAndStillArchived()
    {
        var body = Envelope("huge-2025-Q3-001", Figure("510100", "gdp_growth", "2025-Q3", 5.9)) + new string(' ', 10 * 1024 * 1024);
        await App.Get<IWorkQueue>().SendAsync(App.Storage.IngestQueue, body);
        var delivered = await Deliveries.Receive(App, App.Storage.IngestQueue);

        var record = await RejectedAndKept(body, delivered);

        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(record.Problems).Code);
    }

    [Fact]
    public async Task ClaimCheckMessageOver64KiBIsIngested()
    {
        var observations = new[] { "2024-Q1", "2024-Q2", "2024-Q3", "2025-Q1", "2025-Q2", "2025-Q3" }.SelectMany(p => Complete(p, Regions)).ToList();
        var body = Envelope("province-2024-2025", observations);
        Assert.True(Encoding.UTF8.GetByteCount(body) > 64 * 1024);
        await App.Get<IWorkQueue>().SendAsync(App.Storage.IngestQueue, body);
        var delivered = await Deliveries.Receive(App, App.Storage.IngestQueue);
        Assert.True(delivered.Body.ToMemory().Length < 1024, "the queued message should be a reference, not the payload");

        await Function.Run(delivered, CancellationToken.None);

        var record = await App.Get<ISubmissionStore>().GetAsync("510000:province-2024-2025");
        Assert.Equal((SubmissionStatus.Accepted, observations.Count), (record!.Status, record.Counts.Added));
        Assert.Equal(Regions.Length * Required.Length, (await App.Get<IObservationStore>().ReadPeriodAsync(CatalogId, Q3)).Count);
    }

    private async Task<SubmissionRecord> RejectedAndKept(string body, QueueMessage? delivered = null)
    {
        var exception = await Record.ExceptionAsync(() => Function.Run(delivered ?? Deliveries.Message(body), CancellationToken.None));
        Assert.Null(exception);

        var summary = Assert.Single(await App.Get<ISubmissionStore>().ListByDayAsync(DateOnly.FromDateTime(FunctionsApp.Today.UtcDateTime)));
        var record = await App.Get<ISubmissionStore>().GetAsync(summary.Id);
        Assert.Equal(SubmissionStatus.Rejected, record!.Status);
        Assert.NotEmpty(record.Problems);
        Assert.Equal(Encoding.UTF8.GetBytes(body), await App.Get<IRawPayloadArchive>().ReadAsync(record.PayloadBlobName));
        Assert.Empty(await App.Get<IObservationStore>().ReadPeriodAsync(CatalogId, Q3));
        Assert.Null((await App.Queue(App.Storage.EvaluateQueue).PeekMessageAsync()).Value);
        return record;
    }

    private async Task<string> State()
    {
        var observations = await App.Get<IObservationStore>().ReadPeriodAsync(CatalogId, Q3);
        var submissions = await App.Get<ISubmissionStore>().ListByDayAsync(DateOnly.FromDateTime(FunctionsApp.Today.UtcDateTime));
        var records = await Task.WhenAll(submissions.Select(s => App.Get<ISubmissionStore>().GetAsync(s.Id)));
        return JsonSerializer.Serialize(new
        {
            Observations = observations.OrderBy(o => o.Key.ToString(), StringComparer.Ordinal).Select(o => new { Key = o.Key.ToString(), o.Value, o.Vintage }),
            Submissions = records,
        });
    }
}
