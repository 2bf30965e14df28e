using System.Globalization;
using Regional.Azure.Tables;
using Regional.Catalogs;
using Regional.Submissions.Envelope;
using Regional.Testing;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// <c>storage</c>: ingests observations into Azurite through the real ingestion pipeline, measures the emulator's
/// ceiling for the same entities, and times the scorecard read of a large period. Every measurement gets an emulator
/// of its own, started empty, so none inherits another's tables or memory. Each pipeline run is paired with the
/// ceiling at the same number of transactions in flight, measured right beside it (the order alternates between
/// rounds), so a change in the machine's load moves both sides of a ratio alike. See docs/benchmarks.md.
/// </summary>
public static class StorageBenchmark
{
    public const string Command = "storage";

    private const string PeriodOnly = "raw inserts, period rows only";

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

        var measurements = new List<Measurement>();
        var pairs = new List<(int Round, int Consumers, Measurement Ceiling, Measurement Pipeline)>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            Console.WriteLine(Text($"round {round} of {options.Rounds}, load average {MachineInfo.LoadAverage()}"));
            var steps = new List<Func<Task>>
            {
                async () => measurements.Add(await CeilingAsync(options, round, catalog, envelopes, RawInsertCeiling.Rows.PeriodOnly, TableObservationStore.TransactionsInFlight)),
            };
            foreach (var consumers in options.Consumers)
            {
                var parallel = consumers * TableObservationStore.TransactionsInFlight;
                Measurement? ceiling = null;
                Measurement? pipeline = null;
                var pair = new List<Func<Task>>
                {
                    async () => ceiling = await CeilingAsync(options, round, catalog, envelopes, RawInsertCeiling.Rows.PeriodAndHistory, parallel),
                    async () => pipeline = await PipelineAsync(options, round, catalog, envelopes, payloads, consumers),
                };
                var thisRound = round;
                steps.Add(async () =>
                {
                    foreach (var step in thisRound % 2 == 1 ? pair : pair.AsEnumerable().Reverse())
                    {
                        await step();
                    }

                    measurements.Add(ceiling!);
                    measurements.Add(pipeline!);
                    pairs.Add((thisRound, consumers, ceiling!, pipeline!));
                    Console.WriteLine(Text($"  round {thisRound}: pipeline ({consumers} at a time) / ceiling ({parallel} in flight) = {pipeline!.ObservationsPerSecond / ceiling!.ObservationsPerSecond:P0} (goal 80%); emulator processor time per observation, ceiling / pipeline = {ceiling.EmulatorCpuPerObservation / pipeline.EmulatorCpuPerObservation:P0}"));
                });
            }

            foreach (var step in round % 2 == 1 ? steps : steps.AsEnumerable().Reverse())
            {
                await step();
            }
        }

        Summarise(total, measurements, pairs);

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

    private static async Task<Measurement> CeilingAsync(
        StorageBenchmarkOptions options,
        int round,
        Catalog catalog,
        IReadOnlyList<SubmissionEnvelope> envelopes,
        RawInsertCeiling.Rows rows,
        int parallel)
    {
        await using var azurite = await StartAsync(options);
        var result = await RawInsertCeiling.RunAsync(azurite, catalog, envelopes, rows, parallel);
        var observations = envelopes.Sum(e => e.Observations.Length);
        var measurement = new Measurement(
            round,
            rows == RawInsertCeiling.Rows.PeriodOnly ? Text($"{PeriodOnly}, {parallel} in flight") : CeilingLabel(parallel),
            observations,
            result.Entities,
            result.Transactions,
            result.Elapsed,
            result.Cpu);
        Console.WriteLine(measurement.Describe());
        return measurement;
    }

    private static async Task<Measurement> PipelineAsync(
        StorageBenchmarkOptions options,
        int round,
        Catalog catalog,
        IReadOnlyList<SubmissionEnvelope> envelopes,
        IReadOnlyList<byte[]> payloads,
        int consumers)
    {
        await using var azurite = await StartAsync(options);
        var result = await PipelineRun.RunAsync(azurite, catalog, envelopes, payloads, consumers);
        var measurement = new Measurement(round, PipelineLabel(consumers), result.Observations, result.Entities, result.Requests, result.Elapsed, result.Cpu);
        Console.WriteLine(measurement.Describe());
        Console.WriteLine("  " + result.RequestsByKind);
        Console.WriteLine("  " + result.Stages);
        Console.WriteLine("  " + result.InFlight);
        return measurement;
    }

    private static void Summarise(
        int observations,
        List<Measurement> measurements,
        List<(int Round, int Consumers, Measurement Ceiling, Measurement Pipeline)> pairs)
    {
        Console.WriteLine(Text($"summary over {measurements.Max(m => m.Round)} round(s), {observations:N0} observations: median (lowest to highest)"));
        foreach (var label in measurements.Select(m => m.Label).Distinct())
        {
            var runs = measurements.Where(m => m.Label == label).ToList();
            var rates = runs.Select(m => m.ObservationsPerSecond).ToList();
            var entities = runs.Select(m => m.EntitiesPerSecond).ToList();
            Console.WriteLine(Text($"  {label}: {Median(rates):N0} observations/s ({rates.Min():N0} to {rates.Max():N0}), {Median(entities):N0} entities/s; requests per observation {runs[0].RequestsPerObservation:F4}; processor time per 1,000 observations: emulator {Median([.. runs.Select(m => m.EmulatorCpuPerObservation.TotalMilliseconds * 1000)]):N0} ms, benchmark process {Median([.. runs.Select(m => m.ClientCpuPerObservation.TotalMilliseconds * 1000)]):N0} ms; its GC pauses {Median([.. runs.Select(m => m.Cpu.ClientGcPauses / m.Elapsed)]):P0} of the elapsed time"));
        }

        foreach (var consumers in pairs.Select(p => p.Consumers).Distinct())
        {
            var ofConsumers = pairs.Where(p => p.Consumers == consumers).ToList();
            var ratios = ofConsumers.Select(p => p.Pipeline.ObservationsPerSecond / p.Ceiling.ObservationsPerSecond).ToList();
            var work = ofConsumers.Select(p => p.Ceiling.EmulatorCpuPerObservation / p.Pipeline.EmulatorCpuPerObservation).ToList();
            Console.WriteLine(Text($"  pipeline / ceiling, {consumers} at a time: {Median(ratios):P0} ({ratios.Min():P0} to {ratios.Max():P0}; rounds: {string.Join(", ", ratios.Select(r => r.ToString("P0", CultureInfo.InvariantCulture)))}); emulator processor time per observation, ceiling / pipeline: {Median(work):P0} ({work.Min():P0} to {work.Max():P0})"));
        }
    }

    private static string CeilingLabel(int parallel) => Text($"raw inserts, period and history rows, {parallel} in flight");

    private static string PipelineLabel(int consumers) => Text($"ingestion pipeline, {consumers} submission(s) at a time");

    private static Task<AzuriteProcess> StartAsync(StorageBenchmarkOptions options) =>
        options.Location is null
            ? AzuriteProcess.StartAsync(persist: false)
            : AzuriteProcess.StartAsync(persist: true, location: Path.Combine(options.Location, Guid.NewGuid().ToString("N")[..10]));

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
