using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Regional.Observations;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Submissions.Envelope;

namespace Regional.Core.Tests.Pipeline;

public sealed class IngestionPipelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task NothingIsStoredOrQueuedBeforeThePayloadIsArchived()
    {
        var ports = new MemoryPorts();
        var ingestion = Pipeline(ports).IngestAsync(Payload(months: 3), "application/json", Origin());

        await ports.LookedUp.Task.WaitAsync(Patience);
        Assert.False(ingestion.IsCompleted);
        Assert.Empty(ports.Journal);

        ports.ArchiveGate.SetResult();
        var outcome = await ingestion.WaitAsync(Patience);

        Assert.True(outcome.Accepted);
        Assert.Equal(["archived", "observations written", "recorded", "queued", "queued", "queued"], ports.Journal);
    }

    [Fact]
    public async Task PayloadThatCannotBeArchivedLeavesNoFigureNoRecordAndNoRequest()
    {
        var ports = new MemoryPorts();
        ports.ArchiveGate.SetException(new IOException("blob storage is unreachable"));

        var failure = await Record.ExceptionAsync(() => Pipeline(ports).IngestAsync(Payload(months: 3), "application/json", Origin()).WaitAsync(Patience));

        Assert.IsType<IOException>(failure);
        Assert.Empty(ports.Journal);
        Assert.Empty(ports.Submissions);
    }

    [Fact]
    public async Task SubmissionOfTwelveMonthsAsksOnceForTheEvaluationOfEachMonth()
    {
        var ports = new MemoryPorts();
        ports.ArchiveGate.SetResult();

        var outcome = await Pipeline(ports).IngestAsync(Payload(months: 12), "application/json", Origin()).WaitAsync(Patience);

        var months = Enumerable.Range(1, 12).Select(m => Period.Month(2025, m)).ToList();
        Assert.Equal(months, outcome.EvaluationsRequested.Select(r => r.Period));
        var queued = ports.Queued.Select(text => Assert.IsType<EvaluationRequest>(EvaluationRequest.TryParse(text, out var request, out _) ? request : null).Period);
        Assert.Equal(months, queued.Order());
    }

    private static IngestionPipeline Pipeline(MemoryPorts ports) => new(
        new FixedCatalogProvider(TestCatalog.Create()),
        ports.Archive,
        ports.SubmissionStore,
        ports.Observations,
        ports.Queue,
        PipelineSettings.Default,
        new FakeTimeProvider(Now),
        NullLogger<IngestionPipeline>.Instance);

    private static IngestOrigin Origin() => new("test", "payload.json", "Test bureau", Now);

    private static byte[] Payload(int months) => EnvelopeJson.Serialize(new SubmissionEnvelope(
        SubmissionEnvelope.SchemaV1,
        "a1-2025-monthly",
        "Test bureau",
        Now.AddDays(-1),
        [.. Enumerable.Range(1, months).Select(m => new EnvelopeObservation("A1", "gdp_growth", Period.Month(2025, m).ToString(), 5.0 + m, ObservationStatus.Final))]));
}
