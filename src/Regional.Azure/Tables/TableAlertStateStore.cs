using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Regional.Alerts;
using Regional.Azure.Storage;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// Alert states with optimistic concurrency. Every transaction of a write also replaces the partition's head row
/// under If-Match: the first transaction checks the version the writer read, each later one the ETag the previous
/// transaction returned. Two writers from one snapshot therefore cannot both get past their first transaction.
/// </summary>
public sealed class TableAlertStateStore(TableServiceClient service, IOptions<StorageOptions> options) : IAlertStateStore
{
    private static readonly string[] KeyOnly = ["PartitionKey", "RowKey"];
    private readonly TableClient _table = service.GetTableClient(options.Value.AlertStatesTable);

    public async Task<AlertStateSnapshot> ReadAsync(string catalogId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        var rows = await TableQueries.ListAsync(_table, TableQueries.Partition(AlertStateEntities.Partition(catalogId)), null, cancellationToken).ConfigureAwait(false);
        var head = rows.FirstOrDefault(r => r.RowKey == AlertStateEntities.HeadRow);
        return new AlertStateSnapshot(
            [.. rows.Where(r => r.RowKey != AlertStateEntities.HeadRow).Select(AlertStateEntities.Read)],
            head?.ETag.ToString());
    }

    public async Task<string> WriteAsync(
        string catalogId,
        IReadOnlyList<AlertState> next,
        string? expectedVersion,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(next);
        var partition = AlertStateEntities.Partition(catalogId);
        var rows = next.GroupBy(s => s.Key).Select(g => AlertStateEntities.Write(partition, g.Last())).ToList();
        var keep = rows.Select(r => r.RowKey).Append(AlertStateEntities.HeadRow).ToHashSet(StringComparer.Ordinal);
        var existing = await TableQueries.ListAsync(_table, TableQueries.Partition(partition), KeyOnly, cancellationToken).ConfigureAwait(false);
        var changes = rows
            .Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))
            .Concat(existing.Where(e => !keep.Contains(e.RowKey))
                .Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)))
            .ToList();

        var head = AlertStateEntities.Head(partition, rows.Count);
        var version = expectedVersion;
        var batches = TableBatches.Plan(changes, TableBatches.MaxActions - 1);
        foreach (var batch in batches.DefaultIfEmpty([]))
        {
            var headAction = version is null
                ? new TableTransactionAction(TableTransactionActionType.Add, head)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, head, new ETag(version));
            var responses = await TableBatches.SubmitOneAsync(_table, [headAction, .. batch], cancellationToken).ConfigureAwait(false);
            version = responses[0].Headers.ETag?.ToString()
                ?? throw new InvalidOperationException("The table service returned no ETag for the alert-state head row.");
        }

        return version!;
    }
}
