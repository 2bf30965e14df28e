using Microsoft.Extensions.Logging.Abstractions;
using Regional.Azure.Tests.Messaging;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Storage;
using Regional.Tests.Shared;
using static Regional.Telemetry.TelemetryNames;

namespace Regional.Azure.Tests.Telemetry;

/// <summary>A rule that throws in an evaluation on storage: the rest of the period is evaluated and stored, the submission processed.</summary>
public sealed class EvaluationIsolationTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    [Fact]
    public async Task ARuleThatThrowsIsRecordedAndTheRestOfThePeriodIsEvaluatedStoredAndProcessed()
    {
        using var recorder = new TelemetryRecorder();
        var period = Period.Parse("2025-Q3");
        var ingestion = new IngestionPipeline(
            SichuanNotifications.Catalogs,
            Storage.Get<IRawPayloadArchive>(),
            Storage.Get<ISubmissionStore>(),
            Storage.Get<IObservationStore>(),
            Storage.Get<IWorkQueue>(),
            PipelineSettings.Default with { EvaluateQueue = Storage.Options.EvaluateQueue },
            Storage.Clock,
            NullLogger<IngestionPipeline>.Instance,
            recorder.Telemetry);
        var ingest = await ingestion.IngestAsync(
            SichuanReports.Complete("q3-throwing-rule", period, ("510400", 3.1), ("513400", 2.0)),
            "application/json",
            new IngestOrigin("test", "q3.json", "Sichuan Provincial Bureau of Statistics", Storage.Clock.GetUtcNow()));

        // A planted cap on the GDP level without its limits throws for every region that reports GDP.
        var catalog = SichuanNotifications.Catalog;
        var planted = new RedLineRule("planted-gdp-cap", "Planted GDP cap", "测试上限", RedLineKind.Cap, "gdp", Severity.Major, [], null!);
        var broken = catalog with { Rules = catalog.Rules with { RedLines = catalog.Rules.RedLines.Add(planted) } };
        var result = await Evaluation(new FixedCatalogProvider(broken), recorder).EvaluateAsync(ingest.EvaluationsRequested.Single());

        var failures = result.Findings.Where(f => f.Kind == FindingKind.Failure).ToList();
        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.Equal("planted-gdp-cap", f.RuleId));
        Assert.Equal(SubmissionStatus.Processed, (await Storage.Get<ISubmissionStore>().GetAsync(ingest.Submission.Id))!.Status);

        var stored = await Storage.Get<IEvaluationStore>().GetScorecardAsync(catalog.Info.Id, period);
        Assert.NotNull(stored);
        Assert.Equal(catalog.Regions.Length, stored.Regions.Length);
        var findings = await Storage.Get<IEvaluationStore>().GetFindingsAsync(catalog.Info.Id, period, "510400");
        Assert.Contains(findings, f => f.RuleId == RuleIds.GrowthTarget);
        Assert.Contains(findings, f => f.Kind == FindingKind.Failure && f.RuleId == "planted-gdp-cap");
        Assert.Equal(failures.Count, recorder.Of(Metrics.RuleFailures).Sum(m => m.Value));
    }

    private EvaluationPipeline Evaluation(ICatalogProvider catalogs, TelemetryRecorder recorder) => new(
        catalogs,
        Storage.Get<IObservationStore>(),
        Storage.Get<IEvaluationStore>(),
        Storage.Get<IAlertStateStore>(),
        Storage.Get<IAlertStore>(),
        Storage.Get<ISilenceStore>(),
        Storage.Get<IOutbox>(),
        Storage.Get<ISubmissionStore>(),
        Storage.Clock,
        NullLogger<EvaluationPipeline>.Instance,
        recorder.Telemetry);
}
