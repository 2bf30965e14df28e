using System.Diagnostics;
using Azure.Data.Tables;
using Regional.Azure.Tables;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;
using Regional.Storage;
using Regional.Submissions.Envelope;
using Regional.Testing;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// The emulator's own ceiling: observation entities built by the adapter's own mappers (same partitions, keys and
/// properties as the pipeline stores), sent as entity-group transactions planned by the adapter's own planner (at most
/// 100 per transaction, one submission's rows per write, so the transactions are the pipeline's), with
/// <c>parallel</c> transactions in flight and nothing else: no reads, no validation, no ordering between tables. The
/// table client is the one the storage registration builds for the pipeline.
/// </summary>
public static class RawInsertCeiling
{
    /// <summary>What is inserted.</summary>
    public enum Rows
    {
        /// <summary>Only the period rows: half of what the pipeline stores, kept for comparison with earlier runs.</summary>
        PeriodOnly,

        /// <summary>The period rows (Add) and the history rows (UpsertReplace), as the pipeline writes them.</summary>
        PeriodAndHistory,
    }

    public sealed record Result(int Entities, int Transactions, TimeSpan Elapsed, CpuUse Cpu);

    public static async Task<Result> RunAsync(
        AzuriteProcess azurite,
        Catalog catalog,
        IReadOnlyList<SubmissionEnvelope> envelopes,
        Rows rows,
        int parallel)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(envelopes);
        // The client the pipeline uses, registered the same way and with the same request counter.
        var counter = new RequestCounter(azurite.TablePort, azurite.QueuePort);
        await using var storage = await BenchmarkStorage.CreateAsync(azurite.ConnectionString, counter);
        var service = storage.Get<TableServiceClient>();
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var byPeriod = service.GetTableClient("rawobs" + suffix);
        var byRegion = service.GetTableClient("rawhist" + suffix);
        await byPeriod.CreateIfNotExistsAsync();
        await byRegion.CreateIfNotExistsAsync();

        var recordedAt = DateTimeOffset.UtcNow;
        var catalogId = catalog.Info.Id;
        var transactions = new List<(TableClient Table, IReadOnlyList<TableTransactionAction> Actions)>();
        foreach (var envelope in envelopes)
        {
            var stored = envelope.Observations.Select(o => Stored(catalog, envelope, o, recordedAt)).ToList();
            if (rows == Rows.PeriodAndHistory)
            {
                transactions.AddRange(TableBatches
                    .Plan(stored.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ObservationEntities.ByRegion(catalogId, s))))
                    .Select(batch => (byRegion, batch)));
            }

            transactions.AddRange(TableBatches
                .Plan(stored.Select(s => new TableTransactionAction(TableTransactionActionType.Add, ObservationEntities.ByPeriod(catalogId, s))))
                .Select(batch => (byPeriod, batch)));
        }

        var cpu = CpuMeter.Start(azurite);
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            transactions,
            new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (transaction, cancellationToken) => await transaction.Table.SubmitTransactionAsync(transaction.Actions, cancellationToken));
        watch.Stop();
        var use = cpu.Stop();
        await byPeriod.DeleteAsync();
        await byRegion.DeleteAsync();
        return new Result(transactions.Sum(t => t.Actions.Count), transactions.Count, watch.Elapsed, use);
    }

    private static StoredObservation Stored(Catalog catalog, SubmissionEnvelope envelope, EnvelopeObservation figure, DateTimeOffset recordedAt)
    {
        var indicator = catalog.FindIndicator(figure.Indicator)!;
        var observation = new Observation(
            figure.Region, figure.Indicator, Period.Parse(figure.Period), figure.Value ?? 0, figure.Basis ?? indicator.Basis,
            figure.Status ?? ObservationStatus.Provisional, 1, envelope.Source);
        return new StoredObservation(observation, envelope.SubmissionId, recordedAt);
    }
}
