using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Regional.Azure.Tables;
using Regional.Catalogs;
using Regional.Pipeline;
using Regional.Submissions.Envelope;
using Regional.Testing;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// <c>storage</c>: ingests observations into Azurite through the real ingestion pipeline, measures the emulator's
/// ceiling for the same entities, and times the scorecard read of a large period. Every measurement gets an emulator
/// of its own, started empty, so none inherits another's tables or memory. See docs/benchmarks.md.
/// </summary>
public static class StorageBenchmark
{
    public const string Command = "storage";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = StorageBenchmarkOptions.Parse(args);
        var root = AzuriteProcess.FindRepositoryRoot();
        var catalog = CatalogLoader.Load(Path.Combine(root, CatalogLoader.BundledFolderName, CatalogLoader.DefaultCatalogId));
        var envelopes = BenchmarkSubmissions.Create(catalog, options.Observations);
        var payloads = envelopes.Select(EnvelopeJson.Serialize).ToList();
        var total = envelopes.Sum(e => e.Observations.Length);

        Console.WriteLine(MachineInfo.Describe(options.Location is null ? "in memory" : "on disk"));
        Console.WriteLine(Text($"workload: {total:N0} observations in {envelopes.Count} submissions of up to {envelopes.Max(e => e.Observations.Length):N0} figures ({payloads.Sum(p => p.Length) / 1024.0 / 1024.0:F1} MiB of JSON)"));

        var periodOnly = await CeilingAsync(options, catalog, envelopes, RawInsertCeiling.Rows.PeriodOnly, TableObservationStore.TransactionsInFlight);
        Report($"raw inserts, period rows only, {TableObservationStore.TransactionsInFlight} in flight", total, periodOnly);

        var parallelism = options.RawParallelism ?? [.. options.Consumers.Select(c => c * TableObservationStore.TransactionsInFlight).Distinct()];
        var ceilings = new Dictionary<int, TimeSpan>();
        foreach (var parallel in parallelism)
        {
            var ceiling = await CeilingAsync(options, catalog, envelopes, RawInsertCeiling.Rows.PeriodAndHistory, parallel);
            ceilings[parallel] = ceiling.Elapsed;
            Report($"raw inserts, period and history rows, {parallel} in flight", total, ceiling);
        }

        var best = ceilings.MinBy(c => c.Value);
        Console.WriteLine(Text($"ceiling: {Rate(total, best.Value):N0} observations/s ({best.Key} in flight)"));
        foreach (var consumers in options.Consumers)
        {
            var elapsed = await PipelineAsync(options, catalog, envelopes, payloads, consumers);
            var matched = ceilings.TryGetValue(consumers * TableObservationStore.TransactionsInFlight, out var same)
                ? Text($", {Rate(total, elapsed) / Rate(total, same):P0} of the ceiling at the same transactions in flight")
                : string.Empty;
            Console.WriteLine(Text($"  pipeline / ceiling: {Rate(total, elapsed) / Rate(total, best.Value):P0} (goal 80%){matched}"));
        }

        if (options.ScorecardRegions > 0)
        {
            await using var azurite = await StartAsync(options);
            var counter = new RequestCounter(azurite.TablePort, azurite.QueuePort);
            await using var storage = await BenchmarkStorage.CreateAsync(azurite.ConnectionString, counter);
            var latency = await ScorecardLatency.RunAsync(storage.Get<Regional.Storage.IEvaluationStore>(), counter, options.ScorecardRegions, options.ScorecardIndicators, options.ScorecardReads);
            Console.WriteLine(Text($"scorecard of a period with {latency.Regions:N0} regions x {latency.Indicators} indicators: save {latency.Save.TotalMilliseconds:N0} ms; read median {latency.Median.TotalMilliseconds:N0} ms, p95 {latency.P95.TotalMilliseconds:N0} ms over {latency.Reads} reads ({latency.RequestsPerRead} requests each)"));
        }

        return 0;
    }

    private static async Task<RawInsertCeiling.Result> CeilingAsync(
        StorageBenchmarkOptions options,
        Catalog catalog,
        IReadOnlyList<SubmissionEnvelope> envelopes,
        RawInsertCeiling.Rows rows,
        int parallel)
    {
        await using var azurite = await StartAsync(options);
        var tables = new TableServiceClient(azurite.ConnectionString);
        return await RawInsertCeiling.RunAsync(tables, catalog, envelopes, rows, parallel);
    }

    private static async Task<TimeSpan> PipelineAsync(
        StorageBenchmarkOptions options,
        Catalog catalog,
        IReadOnlyList<SubmissionEnvelope> envelopes,
        IReadOnlyList<byte[]> payloads,
        int consumers)
    {
        await using var azurite = await StartAsync(options);
        var counter = new RequestCounter(azurite.TablePort, azurite.QueuePort);
        await using var storage = await BenchmarkStorage.CreateAsync(azurite.ConnectionString, counter);
        var stages = new StageClock();
        var pipeline = storage.Pipeline(catalog, stages);
        var total = envelopes.Sum(e => e.Observations.Length);
        long inside = 0;
        var entities = 0;
        counter.Reset();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, envelopes.Count),
            new ParallelOptions { MaxDegreeOfParallelism = consumers },
            async (i, cancellationToken) =>
            {
                var envelope = envelopes[i];
                var origin = new IngestOrigin("bench", envelope.SubmissionId + ".json", envelope.Source, envelope.SubmittedAt);
                var started = Stopwatch.GetTimestamp();
                var outcome = await pipeline.IngestAsync(payloads[i], "application/json", origin, cancellationToken);
                Interlocked.Add(ref inside, Stopwatch.GetElapsedTime(started).Ticks);
                if (!outcome.Accepted || outcome.Submission.Counts.Added != envelope.Observations.Length)
                {
                    throw new InvalidOperationException($"Submission {envelope.SubmissionId} was not stored whole: {outcome.Submission.Status}, {outcome.Submission.Counts}.");
                }

                // Each new figure is a period row and a history row.
                Interlocked.Add(ref entities, 2 * (outcome.Submission.Counts.Added + outcome.Submission.Counts.Revised));
            });
        watch.Stop();

        Console.WriteLine(Text($"ingestion pipeline, {consumers} submission(s) at a time: {Rate(total, watch.Elapsed):N0} observations/s, {Rate(entities, watch.Elapsed):N0} observation entities/s ({watch.Elapsed.TotalSeconds:F2} s)"));
        Console.WriteLine(Text($"  requests: {counter.Total:N0} ({(double)counter.Total / total:F4} per observation): table transactions {counter.Count(RequestKind.TableTransaction):N0}, table queries {counter.Count(RequestKind.TableQuery):N0}, other table {counter.Count(RequestKind.TableOther):N0}, blobs {counter.Blobs:N0}, queues {counter.Queues:N0}"));
        var busy = TimeSpan.FromTicks(inside);
        var waited = TimeSpan.Zero;
        var shares = new List<string>();
        foreach (var stage in Enum.GetValues<PipelineStage>())
        {
            waited += stages[stage];
            shares.Add(Text($"{stage} {stages[stage].TotalSeconds:F1} s ({stages[stage] / busy:P0})"));
        }

        shares.Add(Text($"parsing, validation and the rest {(busy - waited).TotalSeconds:F1} s ({(busy - waited) / busy:P0})"));
        Console.WriteLine(Text($"  time inside IngestAsync, summed over submissions ({busy.TotalSeconds:F1} s): {string.Join("; ", shares)}"));
        Console.WriteLine(Text($"  in flight, summed over requests: transactions {counter.InFlight(RequestKind.TableTransaction).TotalSeconds:F1} s, table queries {counter.InFlight(RequestKind.TableQuery).TotalSeconds:F1} s ({Average(counter, RequestKind.TableQuery):F0} ms each), other table {counter.InFlight(RequestKind.TableOther).TotalSeconds:F1} s, blobs {counter.InFlight(RequestKind.Blob).TotalSeconds:F1} s, queues {counter.InFlight(RequestKind.Queue).TotalSeconds:F1} s"));
        return watch.Elapsed;
    }

    private static Task<AzuriteProcess> StartAsync(StorageBenchmarkOptions options) =>
        options.Location is null
            ? AzuriteProcess.StartAsync(persist: false)
            : AzuriteProcess.StartAsync(persist: true, location: Path.Combine(options.Location, Guid.NewGuid().ToString("N")[..10]));

    private static void Report(string label, int observations, RawInsertCeiling.Result result) =>
        Console.WriteLine(Text($"{label}: {Rate(observations, result.Elapsed):N0} observations/s, {Rate(result.Entities, result.Elapsed):N0} entities/s ({result.Elapsed.TotalSeconds:F2} s, {result.Transactions:N0} transactions, {(double)result.Transactions / observations:F4} per observation)"));

    private static double Average(RequestCounter counter, RequestKind kind) =>
        counter.Count(kind) == 0 ? 0 : counter.InFlight(kind).TotalMilliseconds / counter.Count(kind);

    private static double Rate(int count, TimeSpan elapsed) => count / elapsed.TotalSeconds;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
