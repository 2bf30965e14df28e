using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Regional.Catalogs;
using Regional.Pipeline;
using Regional.Submissions.Envelope;
using Regional.Testing;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// <c>storage</c>: ingests observations into Azurite through the real ingestion pipeline, measures the emulator's
/// ceiling for the same entities, and times the scorecard read of a large period. See docs/benchmarks.md.
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

        await using var azurite = await AzuriteProcess.StartAsync(persist: options.Location is not null, location: options.Location);
        var counter = new RequestCounter(azurite.TablePort, azurite.QueuePort);
        await using var storage = await BenchmarkStorage.CreateAsync(azurite.ConnectionString, counter);
        var tables = storage.Get<TableServiceClient>();

        Console.WriteLine(MachineInfo.Describe(options.Location is null ? "in memory" : "on disk"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"workload: {total:N0} observations in {envelopes.Count} submissions of up to {envelopes.Max(e => e.Observations.Length):N0} figures ({payloads.Sum(p => p.Length) / 1024.0 / 1024.0:F1} MiB of JSON)"));

        var ceilings = new List<(int Parallel, TimeSpan Elapsed)>();
        foreach (var parallel in options.RawParallelism)
        {
            counter.Reset();
            var elapsed = await RawInsertCeiling.RunAsync(tables, "benchraw" + Guid.NewGuid().ToString("N")[..10], catalog, envelopes, parallel);
            ceilings.Add((parallel, elapsed));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw batched inserts, {parallel} in flight: {Rate(total, elapsed):N0} observations/s ({elapsed.TotalSeconds:F2} s, {counter.Tables:N0} requests, {(double)counter.Tables / total:F4} per observation)"));
        }

        var pipeline = storage.Pipeline(catalog);
        counter.Reset();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, envelopes.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.Consumers },
            async (i, cancellationToken) =>
            {
                var envelope = envelopes[i];
                var origin = new IngestOrigin("bench", envelope.SubmissionId + ".json", envelope.Source, envelope.SubmittedAt);
                var outcome = await pipeline.IngestAsync(payloads[i], "application/json", origin, cancellationToken);
                if (!outcome.Accepted || outcome.Submission.Counts.Added != envelope.Observations.Length)
                {
                    throw new InvalidOperationException($"Submission {envelope.SubmissionId} was not stored whole: {outcome.Submission.Status}, {outcome.Submission.Counts}.");
                }
            });
        watch.Stop();
        var pipelineRate = Rate(total, watch.Elapsed);
        var best = ceilings.MinBy(c => c.Elapsed);
        var ceilingRate = Rate(total, best.Elapsed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingestion pipeline, {options.Consumers} submission(s) at a time: {pipelineRate:N0} observations/s ({watch.Elapsed.TotalSeconds:F2} s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  requests: {counter.Total:N0} ({(double)counter.Total / total:F4} per observation; tables {counter.Tables:N0}, blobs {counter.Blobs:N0}, queues {counter.Queues:N0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pipeline / ceiling ({best.Parallel} in flight): {pipelineRate / ceilingRate:P0} (goal 80%)"));

        if (options.ScorecardRegions > 0)
        {
            var latency = await ScorecardLatency.RunAsync(storage.Get<Regional.Storage.IEvaluationStore>(), counter, options.ScorecardRegions, options.ScorecardIndicators, options.ScorecardReads);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scorecard of a period with {latency.Regions:N0} regions x {latency.Indicators} indicators: save {latency.Save.TotalMilliseconds:N0} ms; read median {latency.Median.TotalMilliseconds:N0} ms, p95 {latency.P95.TotalMilliseconds:N0} ms over {latency.Reads} reads ({latency.RequestsPerRead} requests each)"));
        }

        return 0;
    }

    private static double Rate(int observations, TimeSpan elapsed) => observations / elapsed.TotalSeconds;
}
