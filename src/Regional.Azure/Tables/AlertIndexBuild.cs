using Azure.Data.Tables;
using Regional.Alerts.Lifecycle;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// Builds the listing index (<see cref="AlertEntities"/>, <c>i|</c> rows) of a partition whose alerts were stored
/// before the index existed, then sets the partition's marker row. Each index row is made to mirror its <c>a|</c> and
/// <c>r|</c> rows; a row that already does is left alone.
/// <para>
/// Writers running meanwhile change an index row in the transaction that changes what it mirrors, so the index rows
/// are read before the rows they mirror and every write here is conditional on the index row being as read (an add
/// where there was none, an ETag otherwise): a row changed in between makes its transaction fail, and the pass is run
/// again on fresh reads. Two builders at once therefore only repeat each other's work.
/// </para>
/// </summary>
internal static class AlertIndexBuild
{
    private const int MaxPasses = 5;

    public static async Task EnsureAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        if (await TableQueries.GetAsync(table, partition, AlertEntities.IndexMarkerRow, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        for (var pass = 1; !await PassAsync(table, partition, cancellationToken).ConfigureAwait(false); pass++)
        {
            if (pass == MaxPasses)
            {
                throw new ConcurrencyConflictException($"The alert index of partition '{partition}' of table '{table.Name}' kept changing while it was built; try again.");
            }
        }

        await table.UpsertEntityAsync(new TableEntity(partition, AlertEntities.IndexMarkerRow), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One pass over the partition; false when a writer changed an index row in between.</summary>
    private static async Task<bool> PassAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var indexed = (await TableQueries.ListAsync(table, TableQueries.PartitionPrefix(partition, AlertEntities.IndexPrefix), null, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.RowKey, StringComparer.Ordinal);
        var episodes = await TableQueries.ListAsync(table, TableQueries.PartitionPrefix(partition, AlertEntities.EpisodePrefix), null, cancellationToken).ConfigureAwait(false);
        var responses = (await TableQueries.ListAsync(table, TableQueries.PartitionPrefix(partition, AlertEntities.ResponsePrefix), null, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.RowKey, StringComparer.Ordinal);

        var actions = new List<TableTransactionAction>();
        foreach (var episode in episodes)
        {
            var id = AlertEntities.Read<AlertEpisode>(episode).Id;
            var wanted = AlertEntities.Index(partition, episode, responses.GetValueOrDefault(AlertEntities.ResponseRow(id)));
            if (!indexed.TryGetValue(wanted.RowKey, out var existing))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, wanted));
            }
            else if (!Mirrors(existing, wanted))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, wanted, existing.ETag));
            }
        }

        var complete = true;
        foreach (var batch in TableBatches.Plan(actions))
        {
            try
            {
                await TableBatches.SubmitOneAsync(table, batch, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                complete = false;
            }
        }

        return complete;
    }

    /// <summary>The filter columns are derived from the episode, so equal documents make equal rows.</summary>
    private static bool Mirrors(TableEntity existing, TableEntity wanted) =>
        JsonColumns.Read(existing) == JsonColumns.Read(wanted)
        && JsonColumns.Read(existing, AlertEntities.ResponseColumns) == JsonColumns.Read(wanted, AlertEntities.ResponseColumns);
}
