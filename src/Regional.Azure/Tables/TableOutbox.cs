using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Azure.Storage;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// The outbox on Table Storage (<see cref="OutboxEntities"/>). A notification and its pending row are added in one
/// transaction, so a notification is never stored without being pending; "already there" means it was added before.
/// Claims hold entries under their ETags: of two dispatchers claiming the same rows, one gets them.
/// </summary>
public sealed class TableOutbox(TableServiceClient service, IOptions<StorageOptions> options) : IOutbox
{
    /// <summary>Two rows per entry in a transaction of at most 100.</summary>
    private const int EntriesPerTransaction = TableBatches.MaxActions / 2;

    private readonly TableClient _table = service.GetTableClient(options.Value.OutboxTable);

    public async Task<int> AddAsync(string catalogId, IReadOnlyList<Notification> notifications, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(notifications);
        var partition = OutboxEntities.Partition(catalogId);
        var added = 0;
        foreach (var notification in notifications.DistinctBy(n => n.Id, StringComparer.Ordinal))
        {
            var entry = new OutboxEntry(notification, OutboxStatus.Pending, 0, now, now);
            try
            {
                await TableBatches.SubmitOneAsync(
                    _table,
                    [
                        new TableTransactionAction(TableTransactionActionType.Add, OutboxEntities.Write(partition, OutboxEntities.NotificationRow(entry.Id), entry)),
                        new TableTransactionAction(TableTransactionActionType.Add, OutboxEntities.Write(partition, OutboxEntities.PendingRow(entry.Id), entry)),
                    ],
                    cancellationToken).ConfigureAwait(false);
                added++;
            }
            catch (ConcurrencyConflictException)
            {
                // Stored by an earlier run of the same evaluation or check: pending or already sent, never twice.
            }
        }

        return added;
    }

    public async Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(string catalogId, DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var partition = OutboxEntities.Partition(catalogId);
        var filter = TableQueries.PartitionPrefix(partition, OutboxEntities.PendingPrefix) + " and " + TableClient.CreateQueryFilter($"NextAttemptAt le {now}");
        var rows = (await TableQueries.ListAsync(_table, filter, null, cancellationToken).ConfigureAwait(false))
            .OrderBy(r => r.GetDateTimeOffset("EnqueuedAt"))
            .ThenBy(r => r.RowKey, StringComparer.Ordinal)
            .Take(Math.Min(max, TableBatches.MaxActions))
            .ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var until = now + lease;
        var claims = rows.Select(r => new TableTransactionAction(
            TableTransactionActionType.UpdateMerge,
            new TableEntity(partition, r.RowKey) { ["NextAttemptAt"] = until },
            r.ETag));
        try
        {
            await TableBatches.SubmitOneAsync(_table, [.. claims], cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            return [];
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            // Another dispatcher sent and removed one of them meanwhile: leave this round to it.
            return [];
        }

        return [.. rows.Select(r => OutboxEntities.Read(r) with { NextAttemptAt = until })];
    }

    public async Task MarkSentAsync(string catalogId, IReadOnlyList<string> notificationIds, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(notificationIds);
        var partition = OutboxEntities.Partition(catalogId);
        var pairs = notificationIds.Distinct(StringComparer.Ordinal).Select(id => new[]
        {
            new TableTransactionAction(
                TableTransactionActionType.UpdateMerge,
                new TableEntity(partition, OutboxEntities.NotificationRow(id)) { ["Status"] = nameof(OutboxStatus.Sent), ["SentAt"] = sentAt, ["LastError"] = string.Empty },
                ETag.All),
            new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, OutboxEntities.PendingRow(id)), ETag.All),
        });
        await SubmitPairsAsync(pairs, cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordFailureAsync(string catalogId, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(entries);
        var partition = OutboxEntities.Partition(catalogId);
        var pairs = entries.DistinctBy(e => e.Id, StringComparer.Ordinal).Select(e =>
        {
            var notification = new TableTransactionAction(TableTransactionActionType.UpdateMerge, OutboxEntities.Delivery(partition, OutboxEntities.NotificationRow(e.Id), e), ETag.All);
            var pending = e.Status == OutboxStatus.Failed
                ? new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, OutboxEntities.PendingRow(e.Id)), ETag.All)
                : new TableTransactionAction(TableTransactionActionType.UpdateMerge, OutboxEntities.Delivery(partition, OutboxEntities.PendingRow(e.Id), e), ETag.All);
            return new[] { notification, pending };
        });
        await SubmitPairsAsync(pairs, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(string catalogId, OutboxView view, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        var partition = OutboxEntities.Partition(catalogId);
        var filter = view switch
        {
            OutboxView.Pending => TableQueries.PartitionPrefix(partition, OutboxEntities.PendingPrefix),
            OutboxView.Failed => TableQueries.PartitionPrefix(partition, OutboxEntities.NotificationPrefix) + " and " +
                TableClient.CreateQueryFilter($"(Status eq {nameof(OutboxStatus.Failed)} or (Status eq {nameof(OutboxStatus.Pending)} and Attempts gt {0}))"),
            _ => TableQueries.PartitionPrefix(partition, OutboxEntities.NotificationPrefix),
        };
        var rows = await TableQueries.ListAsync(_table, filter, null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(OutboxEntities.Read).OrderBy(e => e.EnqueuedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Submits the changes of many entries, the two rows of one entry always in the same transaction. When a row is
    /// gone (another dispatcher finished the entry first) the batch is retried entry by entry, skipping those.
    /// </summary>
    private async Task SubmitPairsAsync(IEnumerable<TableTransactionAction[]> pairs, CancellationToken cancellationToken)
    {
        foreach (var chunk in pairs.Chunk(EntriesPerTransaction))
        {
            try
            {
                await _table.SubmitTransactionAsync(chunk.SelectMany(p => p), cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404)
            {
                foreach (var pair in chunk)
                {
                    try
                    {
                        await _table.SubmitTransactionAsync(pair, cancellationToken).ConfigureAwait(false);
                    }
                    catch (TableTransactionFailedException one) when (one.Status == 404)
                    {
                    }
                }
            }
        }
    }
}
