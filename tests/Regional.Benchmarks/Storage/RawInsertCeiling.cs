using System.Diagnostics;
using Azure.Data.Tables;
using Regional.Azure.Tables;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;
using Regional.Storage;
using Regional.Submissions.Envelope;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// The emulator's own ceiling: the same observation entities the pipeline stores (same partitions, keys and
/// properties), inserted with nothing else, 100 per entity-group transaction, <c>parallel</c> transactions in flight.
/// </summary>
public static class RawInsertCeiling
{
    public static async Task<TimeSpan> RunAsync(
        TableServiceClient service,
        string tableName,
        Catalog catalog,
        IReadOnlyList<SubmissionEnvelope> envelopes,
        int parallel)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(envelopes);
        var table = service.GetTableClient(tableName);
        await table.CreateIfNotExistsAsync();
        var recordedAt = DateTimeOffset.UtcNow;
        var batches = envelopes
            .SelectMany(e => e.Observations.Select(o => Entity(catalog, e.SubmissionId, o, recordedAt)))
            .GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .SelectMany(p => p.Chunk(TableBatches.MaxActions))
            .Select(chunk => chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)).ToList())
            .ToList();

        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (batch, cancellationToken) => await table.SubmitTransactionAsync(batch, cancellationToken));
        watch.Stop();
        await table.DeleteAsync();
        return watch.Elapsed;
    }

    private static TableEntity Entity(Catalog catalog, string submissionId, EnvelopeObservation figure, DateTimeOffset recordedAt)
    {
        var indicator = catalog.FindIndicator(figure.Indicator)!;
        var observation = new Observation(
            figure.Region, figure.Indicator, Period.Parse(figure.Period), figure.Value ?? 0, indicator.Basis,
            figure.Status ?? ObservationStatus.Provisional, 1, "Provincial Bureau of Statistics");
        return ObservationEntities.ByPeriod(catalog.Info.Id, new StoredObservation(observation, submissionId, recordedAt));
    }
}
