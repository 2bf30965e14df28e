using Azure;
using Azure.Data.Tables;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// Groups writes into entity-group transactions: one partition per transaction, at most 100 entities and a payload
/// well under the 4 MiB limit. Order inside a partition is kept, so a caller can put a marker entity last.
/// </summary>
internal static class TableBatches
{
    public const int MaxActions = 100;

    /// <summary>A conservative estimate budget: the wire form (JSON with type annotations) is larger than the estimate.</summary>
    public const long MaxEstimatedBytes = 2 * 1024 * 1024;

    public static IReadOnlyList<IReadOnlyList<TableTransactionAction>> Plan(
        IEnumerable<TableTransactionAction> actions,
        int maxActions = MaxActions) =>
        PlanGroups(actions.Select(a => (IReadOnlyList<TableTransactionAction>)[a]), maxActions);

    /// <summary>
    /// Like <see cref="Plan"/>, but each group (writes of one partition that must succeed or fail together, such as a
    /// row and the index row that mirrors it) lands whole in one transaction.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TableTransactionAction>> PlanGroups(
        IEnumerable<IReadOnlyList<TableTransactionAction>> groups,
        int maxActions = MaxActions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxActions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxActions, MaxActions);
        var batches = new List<IReadOnlyList<TableTransactionAction>>();
        foreach (var partition in groups.Where(g => g.Count > 0).GroupBy(g => g[0].Entity.PartitionKey, StringComparer.Ordinal))
        {
            var current = new List<TableTransactionAction>();
            var rowKeys = new HashSet<string>(StringComparer.Ordinal);
            long bytes = 0;
            foreach (var group in partition)
            {
                if (group.Count > maxActions || group.Any(a => a.Entity.PartitionKey != partition.Key))
                {
                    throw new InvalidOperationException($"A group of {group.Count} writes does not fit one transaction of partition '{partition.Key}'.");
                }

                var size = group.Sum(a => EstimateBytes(a.Entity));
                if (current.Count + group.Count > maxActions || (current.Count > 0 && bytes + size > MaxEstimatedBytes))
                {
                    batches.Add(current);
                    current = [];
                    rowKeys.Clear();
                    bytes = 0;
                }

                foreach (var action in group)
                {
                    if (!rowKeys.Add(action.Entity.RowKey))
                    {
                        // A transaction may touch an entity once; two writes of one entity are a caller bug.
                        throw new InvalidOperationException($"Row '{action.Entity.RowKey}' of partition '{partition.Key}' is written twice.");
                    }

                    current.Add(action);
                }

                bytes += size;
            }

            if (current.Count > 0)
            {
                batches.Add(current);
            }
        }

        return batches;
    }

    public static Task SubmitAsync(
        TableClient table,
        IEnumerable<TableTransactionAction> actions,
        CancellationToken cancellationToken) =>
        SubmitPlannedAsync(table, Plan(actions), cancellationToken);

    /// <summary>Submits the groups in order, each group whole in one transaction (<see cref="PlanGroups"/>).</summary>
    public static Task SubmitGroupsAsync(
        TableClient table,
        IEnumerable<IReadOnlyList<TableTransactionAction>> groups,
        CancellationToken cancellationToken) =>
        SubmitPlannedAsync(table, PlanGroups(groups), cancellationToken);

    private static async Task SubmitPlannedAsync(
        TableClient table,
        IReadOnlyList<IReadOnlyList<TableTransactionAction>> batches,
        CancellationToken cancellationToken)
    {
        foreach (var batch in batches)
        {
            await SubmitOneAsync(table, batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Submits the planned batches with up to <paramref name="maxInFlight"/> transactions at a time, for writes whose
    /// order does not matter (distinct rows, no marker entity). Stops at the first failure and rethrows it.
    /// </summary>
    public static async Task SubmitConcurrentlyAsync(
        TableClient table,
        IEnumerable<TableTransactionAction> actions,
        int maxInFlight,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        await Parallel.ForEachAsync(
            Plan(actions),
            new ParallelOptions { MaxDegreeOfParallelism = maxInFlight, CancellationToken = cancellationToken },
            async (batch, token) => await SubmitOneAsync(table, batch, token).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>Submits one planned batch; a lost race (409 exists, 412 ETag changed) becomes a <see cref="ConcurrencyConflictException"/>.</summary>
    public static async Task<IReadOnlyList<Response>> SubmitOneAsync(
        TableClient table,
        IReadOnlyList<TableTransactionAction> batch,
        CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
            return response.Value;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new ConcurrencyConflictException(
                $"Another writer changed partition '{batch[0].Entity.PartitionKey}' of table '{table.Name}'.", ex);
        }
    }

    public static long EstimateBytes(ITableEntity entity)
    {
        long bytes = 2 * (entity.PartitionKey.Length + entity.RowKey.Length) + 64;
        if (entity is TableEntity dictionary)
        {
            foreach (var (name, value) in dictionary)
            {
                bytes += (2 * name.Length) + 32 + value switch
                {
                    null => 0,
                    string s => 2L * s.Length,
                    byte[] b => b.Length,
                    BinaryData d => d.ToMemory().Length,
                    _ => 16,
                };
            }
        }

        return bytes;
    }
}
