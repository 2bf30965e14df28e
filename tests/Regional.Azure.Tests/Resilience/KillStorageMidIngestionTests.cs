using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Storage;
using Regional.Submissions.Envelope;
using Regional.Testing;
using Xunit.Abstractions;

namespace Regional.Azure.Tests.Resilience;

/// <summary>
/// Storage dies while a large submission is being written: an emulator persisting to disk is killed (SIGKILL) in the
/// middle of the observation writes, started again on the same folder, and the same payload is ingested again, as the
/// queue redelivers a message whose processing failed. The outcome must be exactly what one uninterrupted run gives.
/// </summary>
[Collection(ResilienceCollection.Name)]
public sealed class KillStorageMidIngestionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string SubmissionId = "province-2023-2025-backfill";

    /// <summary>The id as stored: every compared region's figures are the province's to give.</summary>
    private const string StoredId = "510000:" + SubmissionId;
    private static readonly DateTimeOffset Now = new(2025, 10, 20, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(55);

    // The emulator saves its tables to disk every 5 seconds; the whole test must stay well inside a minute.
    private static readonly TimeSpan SaveWait = TimeSpan.FromSeconds(15);

    private AzuriteProcess? _azurite;

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(persist: true);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    [Fact]
    public async Task RetryAfterStorageIsKilledMidIngestionConvergesToTheStateOfACleanRun()
    {
        using var budget = new CancellationTokenSource(Budget);
        var watch = Stopwatch.StartNew();
        var azurite = _azurite!;
        var catalog = SichuanCatalog();
        var (payload, figures) = LargeSubmission(catalog);
        var origin = new IngestOrigin("queue", "ingest-message-1", "Sichuan Provincial Bureau of Statistics", Now);

        // The history copies go first (about one transaction per 100 figures), then the period rows: hold the writes
        // once half of the period rows are through, so the emulator saves a partial write and the kill lands mid-write.
        var slow = new SlowTransactions(holdAfter: figures / 100 * 3 / 2);
        await using var interrupted = await EmulatorStorage.CreateAsync(azurite.ConnectionString, Now, slow);
        var ingestion = Task.Run(() => interrupted.Pipeline(catalog).IngestAsync(payload, "application/json", origin, budget.Token), budget.Token);
        await WaitUntilPartialWriteIsSavedAsync(azurite, interrupted.Observations, ingestion, budget.Token);
        azurite.Kill();
        slow.Release();
        output.WriteLine($"killed after {watch.Elapsed.TotalSeconds:F1} s, {slow.Succeeded} transactions done, {slow.Held} held");
        var failure = await Record.ExceptionAsync(() => ingestion);
        Assert.NotNull(failure);
        Assert.IsNotType<OperationCanceledException>(failure, exactMatch: false);

        await azurite.RestartAsync();
        var survived = await CountAsync(interrupted.Observations, budget.Token);
        output.WriteLine($"restarted after {watch.Elapsed.TotalSeconds:F1} s; {survived} of {figures} observation rows survived");
        Assert.InRange(survived, 1, figures - 1);
        var midway = await interrupted.Get<ISubmissionStore>().GetAsync(StoredId, budget.Token);
        Assert.True(midway is null || midway.Status != SubmissionStatus.Accepted, $"an interrupted submission is visible as {midway?.Status}");
        var listed = await interrupted.Get<ISubmissionStore>().ListByDayAsync(DateOnly.FromDateTime(Now.UtcDateTime), budget.Token);
        Assert.DoesNotContain(listed, s => s.Id == StoredId && s.Status == SubmissionStatus.Accepted);

        var retried = await interrupted.Pipeline(catalog).IngestAsync(payload, "application/json", origin, budget.Token);

        output.WriteLine($"retry done after {watch.Elapsed.TotalSeconds:F1} s");
        await using var fresh = await EmulatorStorage.CreateAsync(azurite.ConnectionString, Now);
        var clean = await fresh.Pipeline(catalog).IngestAsync(payload, "application/json", origin, budget.Token);

        output.WriteLine($"clean run done after {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(clean.Accepted);
        Assert.Equal(clean.Submission.Summary, retried.Submission.Summary);
        Assert.Equal(figures, clean.Submission.Counts.Added);
        Assert.Equal(clean.Submission.Summary, (await interrupted.Get<ISubmissionStore>().GetAsync(StoredId, budget.Token))?.Summary);
        Assert.Empty(retried.Submission.Problems);

        var expectedByPeriod = await SnapshotAsync(fresh.Observations, budget.Token);
        var expectedByRegion = await SnapshotAsync(fresh.History, budget.Token);
        Assert.Equal(figures, expectedByPeriod.Count);
        Assert.Equal(figures, expectedByRegion.Count);
        Assert.Equal(expectedByPeriod, await SnapshotAsync(interrupted.Observations, budget.Token));
        Assert.Equal(expectedByRegion, await SnapshotAsync(interrupted.History, budget.Token));
    }

    private static Catalog SichuanCatalog() =>
        CatalogLoader.Load(Path.Combine(AzuriteProcess.FindRepositoryRoot(), CatalogLoader.BundledFolderName, CatalogLoader.DefaultCatalogId));

    /// <summary>One envelope with every reported indicator of every compared region, monthly from January 2023 to April 2025.</summary>
    private static (byte[] Payload, int Figures) LargeSubmission(Catalog catalog)
    {
        var random = new Random(2025);
        var months = Enumerable.Range(0, 28).Select(m => Period.Month(2023, 1).Shift(m));
        var figures = (
            from period in months
            from region in catalog.ComparedRegions
            from indicator in catalog.Indicators
            where indicator.Derivation is null
            select new EnvelopeObservation(
                region.Code,
                indicator.Id,
                period.ToString(),
                indicator.Basis == Basis.Level ? Math.Round(100 + (random.NextDouble() * 50_000), 2) : Math.Round(random.NextDouble() * 12, 1),
                ObservationStatus.Final)).ToImmutableArray();
        var envelope = new SubmissionEnvelope(SubmissionEnvelope.SchemaV1, SubmissionId, "Sichuan Provincial Bureau of Statistics", Now.AddDays(-1), figures);
        return (EnvelopeJson.Serialize(envelope), figures.Length);
    }

    /// <summary>
    /// Waits until observation rows exist and the emulator has saved its tables to disk since they appeared, so the
    /// restarted emulator holds part of the submission, and the ingestion is still writing.
    /// </summary>
    private static async Task WaitUntilPartialWriteIsSavedAsync(AzuriteProcess azurite, TableClient observations, Task ingestion, CancellationToken cancellationToken)
    {
        var database = Path.Combine(azurite.Location!, "__azurite_db_table__.json");
        while (!await AnyAsync(observations, cancellationToken))
        {
            Assert.False(ingestion.IsCompleted, $"The ingestion ended before any observation was written: {ingestion.Exception?.GetBaseException().Message}");
            await Task.Delay(50, cancellationToken);
        }

        var seenAt = File.GetLastWriteTimeUtc(database);
        var deadline = DateTime.UtcNow + SaveWait;
        while (File.GetLastWriteTimeUtc(database) <= seenAt)
        {
            Assert.False(ingestion.IsCompleted, "The ingestion finished before the emulator saved a partial write; the test cannot interrupt it.");
            Assert.True(DateTime.UtcNow < deadline, "The emulator did not save its tables to disk in time.");
            await Task.Delay(50, cancellationToken);
        }

        Assert.False(ingestion.IsCompleted, "The ingestion finished before the emulator could be killed.");
    }

    private static async Task<bool> AnyAsync(TableClient table, CancellationToken cancellationToken)
    {
        await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            return true;
        }

        return false;
    }

    private static async Task<int> CountAsync(TableClient table, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1000, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }

    /// <summary>Every row of a table with its keys and properties, without the service's own timestamp and ETag.</summary>
    private static async Task<List<string>> SnapshotAsync(TableClient table, CancellationToken cancellationToken)
    {
        var rows = new List<string>();
        await foreach (var entity in table.QueryAsync<TableEntity>(maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            var properties = entity
                .Where(p => p.Key is not ("odata.etag" or "Timestamp"))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}"));
            rows.Add(string.Join(";", properties));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
