using System.Collections.Immutable;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Observations;
using Regional.Periods;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// Observations in two tables: by period (the evaluation's reads and the source of truth for vintage numbers) and
/// by region (a region's history of an indicator). See docs/storage-design.md.
/// </summary>
public sealed class TableObservationStore(TableServiceClient service, IOptions<StorageOptions> options, TimeProvider clock)
    : IObservationStore
{
    /// <summary>
    /// Transactions of one write in flight at a time. The service takes thousands of entities a second per partition
    /// and a write spans several partitions, so a few concurrent transactions keep it busy instead of waiting on each
    /// round trip.
    /// </summary>
    internal const int TransactionsInFlight = 4;

    private readonly TableClient _byPeriod = service.GetTableClient(options.Value.ObservationsTable);
    private readonly TableClient _byRegion = service.GetTableClient(options.Value.ObservationHistoryTable);

    public async Task<ObservationWriteSummary> WriteAsync(
        string catalogId,
        IReadOnlyList<ObservationWrite> observations,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(observations);

        // The last of several values for one figure in a single write is the one that counts.
        var incoming = new Dictionary<ObservationKey, ObservationWrite>();
        foreach (var write in observations)
        {
            incoming[write.Observation.Key] = write;
        }

        if (incoming.Count == 0)
        {
            return new ObservationWriteSummary(0, 0, 0, []);
        }

        var latest = await ReadLatestAsync(catalogId, incoming.Keys.Select(k => k.Period).Distinct(), cancellationToken).ConfigureAwait(false);
        var recordedAt = clock.GetUtcNow();
        var stored = new List<StoredObservation>();
        int added = 0, revised = 0, unchanged = 0;
        foreach (var (key, write) in incoming)
        {
            if (latest.TryGetValue(key, out var current) && current.Observation.Value.Equals(write.Observation.Value))
            {
                // A retried write of the same submission finds its own vintage: count it as that submission's change,
                // so a retry after an interruption reports what a clean run reports.
                if (current.SubmissionId == write.SubmissionId)
                {
                    _ = current.Observation.Vintage == 1 ? added++ : revised++;
                }
                else
                {
                    unchanged++;
                }

                continue;
            }

            var vintage = current is null ? 1 : current.Observation.Vintage + 1;
            if (current is null)
            {
                added++;
            }
            else
            {
                revised++;
            }

            var o = write.Observation;
            stored.Add(new StoredObservation(
                new Observation(o.RegionCode, o.IndicatorId, o.Period, o.Value, o.Basis, o.Status, vintage, o.Source),
                write.SubmissionId,
                recordedAt));
        }

        if (stored.Count > 0)
        {
            await StoreAsync(catalogId, stored, incoming.Keys, cancellationToken).ConfigureAwait(false);
        }

        return new ObservationWriteSummary(added, revised, unchanged, [.. stored.Select(s => s.Observation)]);
    }

    public async Task<IReadOnlyList<Observation>> ReadPeriodAsync(
        string catalogId,
        Period period,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        var rows = await ReadPeriodRowsAsync(catalogId, period, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.Observation)];
    }

    public async Task<IReadOnlyList<Observation>> ReadForEvaluationAsync(
        string catalogId,
        Period period,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        var yearSoFar = TableQueries.PartitionBelow(
            ObservationEntities.YearPartition(catalogId, period.Year),
            TableKeys.RangeEnd(ObservationEntities.PeriodPrefix(period)));
        var current = TableQueries.ListAsync(_byPeriod, yearSoFar, null, cancellationToken);
        var previous = period.Year > 1900
            ? TableQueries.ListAsync(_byPeriod, TableQueries.Partition(ObservationEntities.YearPartition(catalogId, period.Year - 1)), null, cancellationToken)
            : Task.FromResult(new List<TableEntity>());
        var rows = await Task.WhenAll(previous, current).ConfigureAwait(false);
        return [.. rows.SelectMany(r => r).Select(e => ObservationEntities.Read(e).Observation)];
    }

    public async Task<IReadOnlyList<StoredObservation>> ReadHistoryAsync(
        string catalogId,
        string regionCode,
        string indicatorId,
        Period from,
        Period to,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(regionCode);
        ArgumentNullException.ThrowIfNull(indicatorId);
        if (from > to)
        {
            return [];
        }

        var filter = TableQueries.PartitionRange(
            ObservationEntities.RegionPartition(catalogId, regionCode),
            ObservationEntities.HistoryRowKey(indicatorId, from) + TableKeys.Separator,
            TableKeys.RangeEnd(ObservationEntities.HistoryRowKey(indicatorId, to)));
        var rows = await TableQueries.ListAsync(_byRegion, filter, null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ObservationEntities.Read)];
    }

    /// <summary>
    /// Writes the region copy first (an idempotent upsert) and the period row last with Add: the period table decides
    /// which vintages exist, so a write cut short is completed by writing again. A lost race on a vintage number
    /// rewrites the region copies from the period table before reporting the conflict.
    /// </summary>
    private async Task StoreAsync(
        string catalogId,
        List<StoredObservation> stored,
        IEnumerable<ObservationKey> touched,
        CancellationToken cancellationToken)
    {
        // Every region copy is written before the first period row, so the period table never names a vintage whose
        // copy was not attempted; within each table the order does not matter (each row is written once).
        await TableBatches.SubmitConcurrentlyAsync(
            _byRegion,
            stored.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ObservationEntities.ByRegion(catalogId, s))),
            TransactionsInFlight,
            cancellationToken).ConfigureAwait(false);
        try
        {
            await TableBatches.SubmitConcurrentlyAsync(
                _byPeriod,
                stored.Select(s => new TableTransactionAction(TableTransactionActionType.Add, ObservationEntities.ByPeriod(catalogId, s))),
                TransactionsInFlight,
                cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            await RepairRegionCopiesAsync(catalogId, touched.ToHashSet(), cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    private async Task RepairRegionCopiesAsync(string catalogId, HashSet<ObservationKey> touched, CancellationToken cancellationToken)
    {
        var truth = new List<StoredObservation>();
        foreach (var period in touched.Select(k => k.Period).Distinct())
        {
            var rows = await ReadPeriodRowsAsync(catalogId, period, cancellationToken).ConfigureAwait(false);
            truth.AddRange(rows.Where(r => touched.Contains(r.Observation.Key)));
        }

        await TableBatches.SubmitAsync(
            _byRegion,
            truth.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ObservationEntities.ByRegion(catalogId, s))),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The latest stored vintage of every figure of the periods a write touches: one range query per year partition
    /// (from the first to the last touched period of that year) rather than one per period, so a submission of twelve
    /// months costs one read, not twelve.
    /// </summary>
    private async Task<Dictionary<ObservationKey, StoredObservation>> ReadLatestAsync(
        string catalogId,
        IEnumerable<Period> periods,
        CancellationToken cancellationToken)
    {
        var touched = periods.ToHashSet();
        var reads = touched.GroupBy(p => p.Year).Select(year =>
        {
            var first = year.Min();
            var last = year.Max();
            var filter = TableQueries.PartitionRange(
                ObservationEntities.YearPartition(catalogId, year.Key),
                TableKeys.RangeStart(ObservationEntities.PeriodPrefix(first)),
                TableKeys.RangeEnd(ObservationEntities.PeriodPrefix(last)));
            return TableQueries.ListAsync(_byPeriod, filter, null, cancellationToken);
        });
        var latest = new Dictionary<ObservationKey, StoredObservation>();
        foreach (var row in (await Task.WhenAll(reads).ConfigureAwait(false)).SelectMany(r => r).Select(ObservationEntities.Read))
        {
            var key = row.Observation.Key;
            if (touched.Contains(key.Period) && (!latest.TryGetValue(key, out var known) || known.Observation.Vintage < row.Observation.Vintage))
            {
                latest[key] = row;
            }
        }

        return latest;
    }

    private async Task<ImmutableArray<StoredObservation>> ReadPeriodRowsAsync(string catalogId, Period period, CancellationToken cancellationToken)
    {
        var filter = TableQueries.PartitionPrefix(
            ObservationEntities.YearPartition(catalogId, period.Year),
            ObservationEntities.PeriodPrefix(period));
        var rows = await TableQueries.ListAsync(_byPeriod, filter, null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ObservationEntities.Read)];
    }
}
