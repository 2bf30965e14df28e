using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Regional.Azure.Tests.Messaging;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Storage;
using Regional.Submissions.Envelope;
using Regional.Telemetry;
using Regional.Tests.Shared;
using static Regional.Telemetry.TelemetryNames;

namespace Regional.Azure.Tests.Telemetry;

public sealed class EvaluationTelemetryTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    [Fact]
    public async Task EvaluationIsOneSpanWithItsPeriodTimedByTheClockAndCountsRaisedAlertsByKind()
    {
        using var recorder = new TelemetryRecorder();
        var period = Period.Parse("2025-Q3");
        // Complete reports of Panzhihua and Liangshan, both far behind their GDP growth target: growth alerts,
        // and, once the reporting deadline has passed, completeness alerts for the regions that did not report.
        var ingest = await Ingestion(recorder).IngestAsync(SichuanReports.Complete("q3-lagging-telemetry", period, ("510400", 3.1), ("513400", 2.0)), "application/json", Origin());
        var clock = new SteppingClock(Storage.Clock.GetUtcNow(), TimeSpan.FromSeconds(3));

        var result = await Evaluation(recorder, clock).EvaluateAsync(ingest.EvaluationsRequested.Single() with { DeadlinePassed = true });

        var span = recorder.Span(Spans.Evaluate);
        Assert.Equal((period.ToString(), "510000:q3-lagging-telemetry", 1), (span.GetTagItem(Attributes.Period), span.GetTagItem(Attributes.SubmissionId), span.GetTagItem(Attributes.Attempts)));
        Assert.Equal(result.Findings.Length, span.GetTagItem(Attributes.FindingCount));

        // The queued request carried the ingestion's traceparent: the evaluation links to that span.
        var ingestion = recorder.Span(Spans.Ingest);
        var link = Assert.Single(span.Links);
        Assert.Equal((ingestion.TraceId, ingestion.SpanId), (link.Context.TraceId, link.Context.SpanId));

        // The pipeline takes a timestamp before and after, and the clock moves 3 s between any two.
        var duration = Assert.Single(recorder.Of(Metrics.EvaluationDuration));
        Assert.Equal((3.0, "sichuan"), (duration.Value, duration.Tag(Attributes.CatalogId)));

        var raised = recorder.SumBy(Metrics.AlertsRaised, Attributes.AlertKind);
        Assert.True(raised.GetValueOrDefault("growth") >= 2, "both lagging regions raise growth alerts");
        Assert.True(raised.GetValueOrDefault("quality") > 0, "the regions that did not report raise completeness alerts");
        Assert.Equal(
            result.Transitions.Where(t => t.Notify).GroupBy(t => RegionalTelemetry.AlertKind(t.Key.RuleId)).ToDictionary(g => g.Key, g => (double)g.Count()),
            raised);
        Assert.All(recorder.Of(Metrics.AlertsRaised), m => Assert.Contains(m.Tag(Attributes.AlertTransition), new[] { "new", "escalated" }));
        Assert.Equal(
            result.Transitions.Where(t => t.Notify).GroupBy(t => t.Key.RuleId).ToDictionary(g => g.Key, g => (double)g.Count()),
            recorder.SumBy(Metrics.AlertsRaised, Attributes.AlertRule));
    }

    [Fact]
    public async Task EvaluationThatFailsEndsItsSpanAsAnErrorAndRecordsNoDuration()
    {
        using var recorder = new TelemetryRecorder();
        var period = Period.Parse("2025-Q3");
        await Storage.Get<TableServiceClient>().DeleteTableAsync(Storage.Options.ObservationsTable);

        await Assert.ThrowsAnyAsync<Exception>(() => Evaluation(recorder, Storage.Clock).EvaluateAsync(period));

        Assert.Equal(System.Diagnostics.ActivityStatusCode.Error, recorder.Span(Spans.Evaluate).Status);
        Assert.Empty(recorder.Of(Metrics.EvaluationDuration));
        Assert.Empty(recorder.Of(Metrics.AlertsRaised));
    }

    /// <summary>A clock whose every timestamp is one step after the previous; the wall-clock time stands still.</summary>
    private sealed class SteppingClock(DateTimeOffset now, TimeSpan step) : TimeProvider
    {
        private long _steps = -1;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override DateTimeOffset GetUtcNow() => now;

        public override long GetTimestamp() => Interlocked.Increment(ref _steps) * step.Ticks;
    }

    private IngestionPipeline Ingestion(TelemetryRecorder recorder) => new(
        SichuanNotifications.Catalogs,
        Storage.Get<IRawPayloadArchive>(),
        Storage.Get<ISubmissionStore>(),
        Storage.Get<IObservationStore>(),
        Storage.Get<IWorkQueue>(),
        PipelineSettings.Default with { EvaluateQueue = Storage.Options.EvaluateQueue },
        Storage.Clock,
        NullLogger<IngestionPipeline>.Instance,
        recorder.Telemetry);

    private EvaluationPipeline Evaluation(TelemetryRecorder recorder, TimeProvider clock) => new(
        SichuanNotifications.Catalogs,
        Storage.Get<IObservationStore>(),
        Storage.Get<IEvaluationStore>(),
        Storage.Get<IAlertStateStore>(),
        Storage.Get<IAlertStore>(),
        Storage.Get<ISilenceStore>(),
        Storage.Get<IOutbox>(),
        Storage.Get<ISubmissionStore>(),
        clock,
        NullLogger<EvaluationPipeline>.Instance,
        recorder.Telemetry);

    private IngestOrigin Origin() => new("test", "q3.json", "Sichuan Provincial Bureau of Statistics", Storage.Clock.GetUtcNow());
}
