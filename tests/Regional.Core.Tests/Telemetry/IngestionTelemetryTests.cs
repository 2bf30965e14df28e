using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Regional.Core.Tests.Pipeline;
using Regional.Observations;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Submissions;
using Regional.Submissions.Envelope;
using Regional.Tests.Shared;
using static Regional.Telemetry.TelemetryNames;

namespace Regional.Core.Tests.Telemetry;

public sealed class IngestionTelemetryTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AcceptedSubmissionIsOneSpanWithItsIdPeriodsAndRegionsAndCountsStoredFiguresByRegion()
    {
        using var recorder = new TelemetryRecorder();
        var figures = new[] { Figure("A1", 1), Figure("A1", 2), Figure("A1", 3), Figure("B2", 2) };

        var outcome = await Pipeline(recorder).IngestAsync(Payload("a1-b2-2025-001", figures), "application/json", Origin());

        Assert.True(outcome.Accepted);
        var span = recorder.Span(Spans.Ingest);
        Assert.Equal("P0:a1-b2-2025-001", span.GetTagItem(Attributes.SubmissionId));
        Assert.Equal(string.Join(',', new[] { Period.Month(2025, 1), Period.Month(2025, 2), Period.Month(2025, 3) }.Select(p => p.ToString()).Order(StringComparer.Ordinal)), span.GetTagItem(Attributes.Period));
        Assert.Equal("A1,B2", span.GetTagItem(Attributes.Region));
        Assert.Equal("test", span.GetTagItem(Attributes.Channel));
        Assert.Equal("accepted", span.GetTagItem(Attributes.SubmissionStatus));
        Assert.Equal(new Dictionary<string, double> { ["A1"] = 3, ["B2"] = 1 }, recorder.SumBy(Metrics.ObservationsIngested, Attributes.Region));
        Assert.Empty(recorder.Of(Metrics.ObservationsRejected));
        Assert.Empty(recorder.Of(Metrics.SubmissionsRejected));
    }

    [Fact]
    public async Task RejectedSubmissionCountsEveryFigureUnderItsMainReasonAndStoresNone()
    {
        using var recorder = new TelemetryRecorder();
        var figures = new[] { Figure("Z9", 1), Figure("Z9", 2), Figure("Z8", 1), Figure("A1", 1, indicator: "no_such_indicator") };

        var outcome = await Pipeline(recorder).IngestAsync(Payload("unknown-regions-001", figures), "application/json", Origin());

        Assert.False(outcome.Accepted);
        var span = recorder.Span(Spans.Ingest);
        Assert.Equal(("unknown-regions-001", "rejected", ProblemCodes.UnknownRegion), (span.GetTagItem(Attributes.SubmissionId), span.GetTagItem(Attributes.SubmissionStatus), span.GetTagItem(Attributes.RejectionReason)));
        Assert.Equal("A1,Z8,Z9", span.GetTagItem(Attributes.Region));
        Assert.Equal(new Dictionary<string, double> { [ProblemCodes.UnknownRegion] = 4 }, recorder.SumBy(Metrics.ObservationsRejected, Attributes.RejectionReason));
        Assert.Equal(new Dictionary<string, double> { [ProblemCodes.UnknownRegion] = 1 }, recorder.SumBy(Metrics.SubmissionsRejected, Attributes.RejectionReason));
        Assert.Equal(new Dictionary<string, double> { [ProblemCodes.UnknownRegion] = 3, [ProblemCodes.UnknownIndicator] = 1 }, recorder.SumBy(Metrics.SubmissionProblems, Attributes.ProblemCode));
        Assert.Empty(recorder.Of(Metrics.ObservationsIngested));
    }

    [Fact]
    public async Task PayloadThatCannotBeArchivedEndsItsSpanAsAnError()
    {
        using var recorder = new TelemetryRecorder();
        var ports = new MemoryPorts();
        ports.ArchiveGate.SetException(new IOException("blob storage is unreachable"));

        await Assert.ThrowsAsync<IOException>(() => Pipeline(recorder, ports).IngestAsync(Payload("a1-2025-001", [Figure("A1", 1)]), "application/json", Origin()));

        var span = recorder.Span(Spans.Ingest);
        Assert.Equal((System.Diagnostics.ActivityStatusCode.Error, "blob storage is unreachable"), (span.Status, span.StatusDescription));
        Assert.Empty(recorder.Of(Metrics.ObservationsIngested));
    }

    [Fact]
    public async Task QueuedEvaluationRequestsCarryTheIngestionSpanAsTheirTraceParent()
    {
        using var recorder = new TelemetryRecorder();
        var ports = new MemoryPorts();
        ports.ArchiveGate.SetResult();

        var outcome = await Pipeline(recorder, ports).IngestAsync(Payload("a1-2025-q1-001", [Figure("A1", 1), Figure("A1", 2)]), "application/json", Origin());

        var span = recorder.Span(Spans.Ingest);
        var queued = ports.Queued.Select(text => EvaluationRequest.TryParse(text, out var request, out _) ? request!.TraceParent : "unreadable").ToList();
        Assert.Equal(2, queued.Count);
        Assert.All(queued, parent => Assert.Equal(span.Id, parent));
        Assert.All(outcome.EvaluationsRequested, r => Assert.StartsWith($"00-{span.TraceId}-{span.SpanId}-", r.TraceParent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UntracedIngestionQueuesRequestsWithoutATraceParent()
    {
        var ports = new MemoryPorts();
        ports.ArchiveGate.SetResult();
        using var unobserved = new Regional.Telemetry.RegionalTelemetry();
        var pipeline = new IngestionPipeline(
            new FixedCatalogProvider(TestCatalog.Create()), ports.Archive, ports.SubmissionStore, ports.Observations, ports.Queue,
            PipelineSettings.Default, new FakeTimeProvider(Now), NullLogger<IngestionPipeline>.Instance, unobserved);

        await pipeline.IngestAsync(Payload("a1-2025-q1-002", [Figure("A1", 1)]), "application/json", Origin());

        var text = Assert.Single(ports.Queued);
        Assert.DoesNotContain("traceParent", text, StringComparison.Ordinal);
    }

    private static IngestionPipeline Pipeline(TelemetryRecorder recorder, MemoryPorts? ports = null)
    {
        if (ports is null)
        {
            ports = new MemoryPorts();
            ports.ArchiveGate.SetResult();
        }

        return new(
            new FixedCatalogProvider(TestCatalog.Create()),
            ports.Archive,
            ports.SubmissionStore,
            ports.Observations,
            ports.Queue,
            PipelineSettings.Default,
            new FakeTimeProvider(Now),
            NullLogger<IngestionPipeline>.Instance,
            recorder.Telemetry);
    }

    private static IngestOrigin Origin() => new("test", "payload.json", "Test bureau", Now);

    private static EnvelopeObservation Figure(string region, int month, string indicator = "gdp_growth") =>
        new(region, indicator, Period.Month(2025, month).ToString(), 5.5, ObservationStatus.Final);

    private static byte[] Payload(string submissionId, EnvelopeObservation[] figures) => EnvelopeJson.Serialize(new SubmissionEnvelope(
        SubmissionEnvelope.SchemaV1, submissionId, "Test bureau", Now.AddDays(-1), [.. figures]));
}
