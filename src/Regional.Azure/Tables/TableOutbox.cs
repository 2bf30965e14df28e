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
/// <para>
/// Held entries (<see cref="OutboxEntities.WriteHeld"/>) are pending rows whose <c>NextAttemptAt</c> is the end of
/// the hold, so a claim skips them until then without a second index. Every change to a held row names the ETag it
/// read: a holder joining, a release, a discard and a dispatcher taking it after the hold ended never overwrite each
/// other, and the one that loses reads the row again.
/// </para>
/// </summary>
public sealed class TableOutbox(TableServiceClient service, IOptions<StorageOptions> options) : IOutbox
{
    /// <summary>Two rows per entry in a transaction of at most 100.</summary>
    private const int EntriesPerTransaction = TableBatches.MaxActions / 2;

    /// <summary>Rounds of read and conditional write for one held entry before giving up to the caller.</summary>
    private const int MaxRounds = 10;

    private readonly TableClient _table = service.GetTableClient(options.Value.OutboxTable);

    public Task<int> AddAsync(string catalogId, IReadOnlyList<Notification> notifications, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(notifications);
        var partition = OutboxEntities.Partition(catalogId);
        return AddManyAsync(
            [.. notifications.DistinctBy(n => n.Id, StringComparer.Ordinal).Select(n => new OutboxEntry(n, OutboxStatus.Pending, 0, now, now))],
            entry => Pair(partition, entry, OutboxEntities.Write(partition, OutboxEntities.PendingRow(entry.Id), entry)),
            async entry =>
            {
                try
                {
                    await TableBatches.SubmitOneAsync(
                        _table, Pair(partition, entry, OutboxEntities.Write(partition, OutboxEntities.PendingRow(entry.Id), entry)), cancellationToken).ConfigureAwait(false);
                    return true;
                }
                catch (ConcurrencyConflictException)
                {
                    // Stored by an earlier run of the same evaluation or check: pending or already sent, never twice.
                    return false;
                }
            },
            cancellationToken);
    }

    public Task<int> AddHeldAsync(string catalogId, IReadOnlyList<Notification> notifications, OutboxHold hold, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(hold);
        var partition = OutboxEntities.Partition(catalogId);
        return AddManyAsync(
            [.. notifications.DistinctBy(n => n.Id, StringComparer.Ordinal).Select(n => new OutboxEntry(n, OutboxStatus.Pending, 0, now, hold.Until, Held: true))],
            entry => Pair(partition, entry, OutboxEntities.WriteHeld(partition, entry.Id, entry, hold.Holder)),
            entry => AddHeldAsync(partition, entry, hold, cancellationToken),
            cancellationToken);
    }

    public async Task<int> CountPendingAsync(string catalogId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        var filter = TableQueries.PartitionPrefix(OutboxEntities.Partition(catalogId), OutboxEntities.PendingPrefix);
        return (await TableQueries.ListAsync(_table, filter, ["RowKey"], cancellationToken).ConfigureAwait(false)).Count;
    }

    public async Task<int> ReleaseAsync(string catalogId, IReadOnlyList<string> notificationIds, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(notificationIds);
        var partition = OutboxEntities.Partition(catalogId);
        return await ChangeHeldAsync(
            partition,
            notificationIds,
            (id, row) => !OutboxEntities.IsHeld(row) ? null : new HeldChange(
                [
                    new TableTransactionAction(
                        TableTransactionActionType.UpdateMerge,
                        new TableEntity(partition, row.RowKey) { [OutboxEntities.HeldColumn] = false, [OutboxEntities.HeldByColumn] = string.Empty, ["NextAttemptAt"] = now },
                        row.ETag),
                    new TableTransactionAction(
                        TableTransactionActionType.UpdateMerge,
                        new TableEntity(partition, OutboxEntities.NotificationRow(id)) { ["NextAttemptAt"] = now },
                        ETag.All),
                ],
                Counts: true),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DiscardAsync(string catalogId, IReadOnlyList<string> notificationIds, string holder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(notificationIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        var partition = OutboxEntities.Partition(catalogId);
        return await ChangeHeldAsync(
            partition,
            notificationIds,
            (id, row) =>
            {
                var holders = OutboxEntities.Holders(row);
                if (!OutboxEntities.IsHeld(row) || !holders.Contains(holder, StringComparer.Ordinal))
                {
                    return null;
                }

                var others = holders.Where(h => !string.Equals(h, holder, StringComparison.Ordinal)).ToList();
                return others.Count > 0
                    ? new HeldChange(
                        [
                            new TableTransactionAction(
                                TableTransactionActionType.UpdateMerge,
                                new TableEntity(partition, row.RowKey) { [OutboxEntities.HeldByColumn] = string.Join(' ', others) },
                                row.ETag),
                        ],
                        Counts: false)
                    : new HeldChange(
                        [
                            new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, row.RowKey), row.ETag),
                            new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, OutboxEntities.NotificationRow(id)), ETag.All),
                        ],
                        Counts: true);
            },
            cancellationToken).ConfigureAwait(false);
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
            // A held entry is due only once its hold ended: taken now, it is on its way and no holder may delete it.
            new TableEntity(partition, r.RowKey) { ["NextAttemptAt"] = until, [OutboxEntities.HeldColumn] = false, [OutboxEntities.HeldByColumn] = string.Empty },
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

        return [.. rows.Select(r => OutboxEntities.Read(r) with { NextAttemptAt = until, Held = false })];
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
        var entries = rows.Select(OutboxEntities.Read);
        if (view == OutboxView.All)
        {
            // Whether an entry is held is kept on its pending row only.
            var held = (await HeldRowsAsync(partition, cancellationToken).ConfigureAwait(false)).Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
            entries = entries.Select(e => held.Contains(OutboxEntities.PendingRow(e.Id)) ? e with { Held = true } : e);
        }

        return [.. entries.OrderBy(e => e.EnqueuedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Adds one notification held, or joins the hold on it when it is stored and still held. Returns whether it was new.
    /// </summary>
    private async Task<bool> AddHeldAsync(string partition, OutboxEntry entry, OutboxHold hold, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            try
            {
                await TableBatches.SubmitOneAsync(
                    _table, Pair(partition, entry, OutboxEntities.WriteHeld(partition, entry.Id, entry, hold.Holder)), cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (ConcurrencyConflictException) when (round < MaxRounds)
            {
                // Stored already: joined below when still held, left as it is otherwise.
            }

            var pending = await TableQueries.GetAsync(_table, partition, OutboxEntities.PendingRow(entry.Id), cancellationToken).ConfigureAwait(false);
            if (pending is null)
            {
                if (await TableQueries.GetAsync(_table, partition, OutboxEntities.NotificationRow(entry.Id), cancellationToken).ConfigureAwait(false) is not null)
                {
                    return false; // Sent or set aside.
                }

                continue; // Discarded by its last holder since: added again.
            }

            var holders = OutboxEntities.Holders(pending);
            var end = pending.GetDateTimeOffset("NextAttemptAt") ?? hold.Until;
            if (!OutboxEntities.IsHeld(pending) || (holders.Contains(hold.Holder, StringComparer.Ordinal) && end >= hold.Until))
            {
                return false;
            }

            try
            {
                await _table.UpdateEntityAsync(
                    new TableEntity(partition, pending.RowKey)
                    {
                        [OutboxEntities.HeldByColumn] = string.Join(' ', holders.Append(hold.Holder).Distinct(StringComparer.Ordinal)),
                        ["NextAttemptAt"] = end > hold.Until ? end : hold.Until,
                    },
                    pending.ETag,
                    TableUpdateMode.Merge,
                    cancellationToken).ConfigureAwait(false);
                return false;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412 && round < MaxRounds)
            {
                // Changed since it was read (another holder joined or left, or a dispatcher took it): look again.
            }
        }
    }

    private async Task<List<TableEntity>> HeldRowsAsync(string partition, CancellationToken cancellationToken) =>
        await TableQueries.ListAsync(
            _table,
            TableQueries.PartitionPrefix(partition, OutboxEntities.PendingPrefix) + " and " + TableClient.CreateQueryFilter($"Held eq {true}"),
            null,
            cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Applies <paramref name="plan"/> to the held entries among <paramref name="ids"/>, as read in one query, in
    /// transactions of many entries. A transaction that finds a row changed since (412) or gone (404) applies nothing;
    /// its entries are then read and planned again one by one. Returns how many counted changes were applied.
    /// </summary>
    private async Task<int> ChangeHeldAsync(string partition, IReadOnlyList<string> ids, Func<string, TableEntity, HeldChange?> plan, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToDictionary(OutboxEntities.PendingRow, id => id, StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return 0;
        }

        var changes = (await HeldRowsAsync(partition, cancellationToken).ConfigureAwait(false))
            .Where(r => wanted.ContainsKey(r.RowKey))
            .Select(r => (Id: wanted[r.RowKey], Change: plan(wanted[r.RowKey], r)))
            .Where(c => c.Change is not null)
            .ToList();
        var applied = 0;
        foreach (var chunk in changes.Chunk(EntriesPerTransaction))
        {
            try
            {
                await _table.SubmitTransactionAsync(chunk.SelectMany(c => c.Change!.Actions), cancellationToken).ConfigureAwait(false);
                applied += chunk.Count(c => c.Change!.Counts);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
            {
                foreach (var (id, _) in chunk)
                {
                    applied += await ChangeOneHeldAsync(partition, id, plan, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return applied;
    }

    private async Task<int> ChangeOneHeldAsync(string partition, string id, Func<string, TableEntity, HeldChange?> plan, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            var row = await TableQueries.GetAsync(_table, partition, OutboxEntities.PendingRow(id), cancellationToken).ConfigureAwait(false);
            if (row is null || plan(id, row) is not { } change)
            {
                return 0;
            }

            try
            {
                await _table.SubmitTransactionAsync(change.Actions, cancellationToken).ConfigureAwait(false);
                return change.Counts ? 1 : 0;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412 && round < MaxRounds)
            {
            }
        }
    }

    /// <summary>
    /// Adds new entries in as few transactions as fit (<see cref="TableBatches.PlanGroups"/>, the two rows of an entry
    /// always together). An entry stored already makes its whole transaction add nothing; the entries of that
    /// transaction are then added one by one with <paramref name="addOne"/>, which knows what a repeat means. An
    /// evaluation's notifications are new in the common case, so this costs one request per transaction, not per entry.
    /// </summary>
    private async Task<int> AddManyAsync(
        IReadOnlyList<OutboxEntry> entries,
        Func<OutboxEntry, TableTransactionAction[]> pair,
        Func<OutboxEntry, Task<bool>> addOne,
        CancellationToken cancellationToken)
    {
        var byRow = entries.ToDictionary(e => OutboxEntities.NotificationRow(e.Id), StringComparer.Ordinal);
        var added = 0;
        foreach (var batch in TableBatches.PlanGroups(entries.Select(e => (IReadOnlyList<TableTransactionAction>)pair(e))))
        {
            var inBatch = batch.Select(a => byRow.GetValueOrDefault(a.Entity.RowKey)).OfType<OutboxEntry>().ToList();
            try
            {
                await TableBatches.SubmitOneAsync(_table, batch, cancellationToken).ConfigureAwait(false);
                added += inBatch.Count;
            }
            catch (ConcurrencyConflictException)
            {
                foreach (var entry in inBatch)
                {
                    if (await addOne(entry).ConfigureAwait(false))
                    {
                        added++;
                    }
                }
            }
        }

        return added;
    }

    /// <summary>The two rows of a new entry: the notification row and its pending-index row.</summary>
    private static TableTransactionAction[] Pair(string partition, OutboxEntry entry, TableEntity pending) =>
    [
        new(TableTransactionActionType.Add, OutboxEntities.Write(partition, OutboxEntities.NotificationRow(entry.Id), entry)),
        new(TableTransactionActionType.Add, pending),
    ];

    /// <summary>The writes one held entry needs, and whether they count as a release or a deletion.</summary>
    private sealed record HeldChange(TableTransactionAction[] Actions, bool Counts);

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
