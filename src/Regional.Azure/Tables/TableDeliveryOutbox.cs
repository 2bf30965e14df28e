using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Regional.Alerts.Contacts;
using Regional.Alerts.Outbox;
using Regional.Azure.Storage;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// Deliveries on Table Storage (<see cref="DeliveryEntities"/>). A delivery and its pending row are added in one
/// transaction, and "already there" means it was added before: a notification expanded twice adds nothing. Claims and
/// the contact point's send record are written under ETags, so two dispatchers never send one delivery at once and
/// never both take the last place of a minute.
/// </summary>
public sealed class TableDeliveryOutbox(TableServiceClient service, IOptions<StorageOptions> options) : IDeliveryOutbox
{
    private const int EntriesPerTransaction = TableBatches.MaxActions / 2;
    private const int MaxRounds = 20;

    private readonly TableClient _table = service.GetTableClient(options.Value.OutboxTable);

    public async Task<int> AddAsync(string catalogId, IReadOnlyList<Delivery> deliveries, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(deliveries);
        var partition = DeliveryEntities.Partition(catalogId);
        var added = 0;
        foreach (var delivery in deliveries.DistinctBy(d => d.Id, StringComparer.Ordinal))
        {
            var entry = new DeliveryEntry(delivery, OutboxStatus.Pending, 0, now, delivery.DueAt);
            try
            {
                await TableBatches.SubmitOneAsync(_table, Pair(partition, entry), cancellationToken).ConfigureAwait(false);
                added++;
            }
            catch (ConcurrencyConflictException)
            {
                // Added by an earlier dispatch of the same notification: pending, sent or failed, never twice.
            }
        }

        return added;
    }

    public async Task<IReadOnlyList<string>> DueContactPointsAsync(string catalogId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        var filter = TableQueries.PartitionPrefix(DeliveryEntities.Partition(catalogId), DeliveryEntities.PendingPrefix) + " and " + TableClient.CreateQueryFilter($"NextAttemptAt le {now}");
        var rows = await TableQueries.ListAsync(_table, filter, ["ContactPoint"], cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.GetString("ContactPoint") ?? string.Empty).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<DeliveryEntry>> ClaimDueAsync(string catalogId, string contactPointId, DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentException.ThrowIfNullOrWhiteSpace(contactPointId);
        var partition = DeliveryEntities.Partition(catalogId);
        var filter = TableQueries.PartitionPrefix(partition, DeliveryEntities.PendingPrefixOf(contactPointId)) + " and " + TableClient.CreateQueryFilter($"NextAttemptAt le {now}");
        var rows = (await TableQueries.ListAsync(_table, filter, null, cancellationToken).ConfigureAwait(false))
            .OrderBy(r => r.GetDateTimeOffset("EnqueuedAt"))
            .ThenBy(r => r.RowKey, StringComparer.Ordinal)
            .Take(Math.Clamp(max, 1, TableBatches.MaxActions))
            .ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var until = now + lease;
        try
        {
            await TableBatches.SubmitOneAsync(
                _table,
                [.. rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(partition, r.RowKey) { ["NextAttemptAt"] = until }, r.ETag))],
                cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            return [];
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        return [.. rows.Select(r => DeliveryEntities.Read(r) with { NextAttemptAt = until })];
    }

    public async Task<SendSlot> TakeSlotAsync(string catalogId, string contactPointId, int perMinute, TimeSpan spacing, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentException.ThrowIfNullOrWhiteSpace(contactPointId);
        ArgumentOutOfRangeException.ThrowIfLessThan(perMinute, 1);
        var partition = DeliveryEntities.Partition(catalogId);
        var rowKey = DeliveryEntities.ContactRow(contactPointId);
        for (var round = 1; ; round++)
        {
            var row = await TableQueries.GetAsync(_table, partition, rowKey, cancellationToken).ConfigureAwait(false);
            var windowStart = row?.GetDateTimeOffset("WindowStart") ?? now;
            var count = row?.GetInt32("Count") ?? 0;
            var last = row?.GetDateTimeOffset("LastSentAt");
            if (now - windowStart >= TimeSpan.FromMinutes(1) || now < windowStart)
            {
                windowStart = now;
                count = 0;
            }

            if (last is { } previous && now < previous + spacing)
            {
                return new SendSlot(false, previous + spacing);
            }

            if (count >= perMinute)
            {
                return new SendSlot(false, windowStart + TimeSpan.FromMinutes(1));
            }

            var updated = new TableEntity(partition, rowKey) { ["WindowStart"] = windowStart, ["Count"] = count + 1, ["LastSentAt"] = now };
            try
            {
                if (row is null)
                {
                    await _table.AddEntityAsync(updated, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _table.UpdateEntityAsync(updated, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return new SendSlot(true, now);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && round < MaxRounds)
            {
                // Another instance took a place meanwhile: read the record again.
            }
        }
    }

    public async Task MarkSentAsync(string catalogId, IReadOnlyList<DeliveryEntry> entries, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var partition = DeliveryEntities.Partition(catalogId);
        await SubmitPairsAsync(
            entries.DistinctBy(e => e.Id, StringComparer.Ordinal).Select(e => new[]
            {
                new TableTransactionAction(
                    TableTransactionActionType.UpdateMerge,
                    DeliveryEntities.Record(partition, DeliveryEntities.DeliveryRow(e.Id), e with { Status = OutboxStatus.Sent, SentAt = sentAt, Attempts = e.Attempts + 1, LastError = string.Empty }),
                    ETag.All),
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, DeliveryEntities.PendingRow(e.Delivery.ContactPointId, e.Id)), ETag.All),
            }),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordAsync(string catalogId, IReadOnlyList<DeliveryEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var partition = DeliveryEntities.Partition(catalogId);
        await SubmitPairsAsync(
            entries.DistinctBy(e => e.Id, StringComparer.Ordinal).Select(e => new[]
            {
                new TableTransactionAction(TableTransactionActionType.UpdateMerge, DeliveryEntities.Record(partition, DeliveryEntities.DeliveryRow(e.Id), e), ETag.All),
                e.Status == OutboxStatus.Failed
                    ? new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, DeliveryEntities.PendingRow(e.Delivery.ContactPointId, e.Id)), ETag.All)
                    : new TableTransactionAction(TableTransactionActionType.UpdateMerge, DeliveryEntities.Record(partition, DeliveryEntities.PendingRow(e.Delivery.ContactPointId, e.Id), e), ETag.All),
            }),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DeliveryEntry>> ListAsync(string catalogId, OutboxView view, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        var partition = DeliveryEntities.Partition(catalogId);
        var filter = view switch
        {
            OutboxView.Pending => TableQueries.PartitionPrefix(partition, DeliveryEntities.PendingPrefix),
            OutboxView.Failed => TableQueries.PartitionPrefix(partition, DeliveryEntities.DeliveryPrefix) + " and " +
                TableClient.CreateQueryFilter($"(Status eq {nameof(OutboxStatus.Failed)} or (Status eq {nameof(OutboxStatus.Pending)} and Attempts gt {0}))"),
            _ => TableQueries.PartitionPrefix(partition, DeliveryEntities.DeliveryPrefix),
        };
        var rows = await TableQueries.ListAsync(_table, filter, null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(DeliveryEntities.Read).OrderBy(e => e.EnqueuedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static TableTransactionAction[] Pair(string partition, DeliveryEntry entry) =>
    [
        new(TableTransactionActionType.Add, DeliveryEntities.Write(partition, DeliveryEntities.DeliveryRow(entry.Id), entry)),
        new(TableTransactionActionType.Add, DeliveryEntities.Write(partition, DeliveryEntities.PendingRow(entry.Delivery.ContactPointId, entry.Id), entry)),
    ];

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
