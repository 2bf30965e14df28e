using Azure.Data.Tables;

namespace Regional.Azure.Tables;

/// <summary>Query helpers; every filter is built by <see cref="TableClient.CreateQueryFilter(FormattableString)"/>.</summary>
internal static class TableQueries
{
    public static string Partition(string partitionKey) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");

    /// <summary>Rows of one partition whose key starts with <paramref name="rowPrefix"/> as whole parts.</summary>
    public static string PartitionPrefix(string partitionKey, string rowPrefix) =>
        PartitionRange(partitionKey, TableKeys.RangeStart(rowPrefix), TableKeys.RangeEnd(rowPrefix));

    /// <summary>Rows of one partition with <paramref name="from"/> ≤ RowKey &lt; <paramref name="toExclusive"/>.</summary>
    public static string PartitionRange(string partitionKey, string from, string toExclusive) =>
        TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {from} and RowKey lt {toExclusive}");

    /// <summary>Rows of one partition with RowKey &lt; <paramref name="toExclusive"/>.</summary>
    public static string PartitionBelow(string partitionKey, string toExclusive) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey lt {toExclusive}");

    public static async Task<List<TableEntity>> ListAsync(
        TableClient table,
        string filter,
        IEnumerable<string>? select,
        CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static async Task<TableEntity?> GetAsync(
        TableClient table,
        string partitionKey,
        string rowKey,
        CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }
}
