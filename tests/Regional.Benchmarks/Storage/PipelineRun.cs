using System.Diagnostics;
using System.Globalization;
using Regional.Catalogs;
using Regional.Pipeline;
using Regional.Submissions.Envelope;
using Regional.Testing;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// Every envelope through <see cref="IngestionPipeline.IngestAsync"/> over the real adapters, <c>consumers</c>
/// submissions at a time (as the queue trigger takes a batch of messages), each outcome checked to be accepted with
/// every figure added. Records the requests sent and where the time inside the pipeline went.
/// </summary>
public static class PipelineRun
{
    public sealed record Result(int Observations, int Entities, TimeSpan Elapsed, CpuUse Cpu, long Requests, string RequestsByKind, string Stages, string InFlight);

    public static async Task<Result> RunAsync(
        AzuriteProcess azurite,
        Catalog catalog,
        IReadOnlyList<SubmissionEnvelope> envelopes,
        IReadOnlyList<byte[]> payloads,
        int consumers)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        ArgumentNullException.ThrowIfNull(envelopes);
        ArgumentNullException.ThrowIfNull(payloads);
        var counter = new RequestCounter(azurite.TablePort, azurite.QueuePort);
        await using var storage = await BenchmarkStorage.CreateAsync(azurite.ConnectionString, counter);
        var stages = new StageClock(() => azurite.ProcessorTime);
        var pipeline = storage.Pipeline(catalog, stages);
        var total = envelopes.Sum(e => e.Observations.Length);
        var entities = 0;
        counter.Reset();
        var cpu = CpuMeter.Start(azurite);
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, envelopes.Count),
            new ParallelOptions { MaxDegreeOfParallelism = consumers },
            async (i, cancellationToken) =>
            {
                var envelope = envelopes[i];
                var origin = new IngestOrigin("bench", envelope.SubmissionId + ".json", envelope.Source, envelope.SubmittedAt);
                var outcome = await pipeline.IngestAsync(payloads[i], "application/json", origin, cancellationToken);
                if (!outcome.Accepted || outcome.Submission.Counts.Added != envelope.Observations.Length)
                {
                    throw new InvalidOperationException($"Submission {envelope.SubmissionId} was not stored whole: {outcome.Submission.Status}, {outcome.Submission.Counts}.");
                }

                // Each new figure is a period row and a history row.
                Interlocked.Add(ref entities, 2 * (outcome.Submission.Counts.Added + outcome.Submission.Counts.Revised));
            });
        watch.Stop();
        var use = cpu.Stop();
        return new Result(total, entities, watch.Elapsed, use, counter.Total, Requests(counter, total), Stages(stages, watch.Elapsed, use.Emulator, consumers), InFlight(counter));
    }

    private static string Requests(RequestCounter counter, int observations) => Text(
        $"{counter.Total:N0} requests ({(double)counter.Total / observations:F4} per observation): table transactions {counter.Count(RequestKind.TableTransaction):N0}, table queries {counter.Count(RequestKind.TableQuery):N0}, other table {counter.Count(RequestKind.TableOther):N0}, blobs {counter.Blobs:N0}, queues {counter.Queues:N0}");

    private static string Stages(StageClock stages, TimeSpan elapsed, TimeSpan emulator, int consumers)
    {
        var shares = new List<string>();
        var staged = TimeSpan.Zero;
        var emulatorStaged = TimeSpan.Zero;
        foreach (var stage in Enum.GetValues<PipelineStage>())
        {
            staged += stages[stage];
            emulatorStaged += stages.EmulatorCpu(stage);
            shares.Add(consumers == 1
                ? Text($"{stage} {stages[stage].TotalSeconds:F1} s ({stages[stage] / elapsed:P0}; emulator {stages.EmulatorCpu(stage).TotalSeconds:F1} s)")
                : Text($"{stage} {stages[stage].TotalSeconds:F1} s ({stages[stage] / elapsed:P0})"));
        }

        if (consumers == 1)
        {
            shares.Add(Text($"reading, validation and the rest about {(elapsed - staged).TotalSeconds:F1} s ({(elapsed - staged) / elapsed:P0}; emulator {(emulator - emulatorStaged).TotalSeconds:F1} s)"));
        }

        return Text($"time with a call of each stage in flight, of {elapsed.TotalSeconds:F1} s: {string.Join("; ", shares)}");
    }

    private static string InFlight(RequestCounter counter) => Text(
        $"in flight, summed over requests: transactions {counter.InFlight(RequestKind.TableTransaction).TotalSeconds:F1} s ({Average(counter, RequestKind.TableTransaction):F0} ms each), table queries {counter.InFlight(RequestKind.TableQuery).TotalSeconds:F1} s ({Average(counter, RequestKind.TableQuery):F0} ms each), other table {counter.InFlight(RequestKind.TableOther).TotalSeconds:F1} s, blobs {counter.InFlight(RequestKind.Blob).TotalSeconds:F1} s, queues {counter.InFlight(RequestKind.Queue).TotalSeconds:F1} s");

    private static double Average(RequestCounter counter, RequestKind kind) =>
        counter.Count(kind) == 0 ? 0 : counter.InFlight(kind).TotalMilliseconds / counter.Count(kind);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
