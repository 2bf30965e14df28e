using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Azure.Storage;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// Alert episodes, responses and history in one partition per catalog (<see cref="AlertEntities"/>): every read is a
/// key range of that partition, and an episode and its history line are written in the same transactions. A page of
/// the list is a key range of the listing index, which each write keeps in step in its own transaction.
/// </summary>
public sealed class TableAlertStore(TableServiceClient service, IOptions<StorageOptions> options) : IAlertStore
{
    /// <summary>Up to this many readable regions are filtered by the service (an OR of equalities), more by the reader.</summary>
    public const int MaxRegionsFilteredByService = 32;

    private const int MaxPageSize = 1000;

    private readonly TableClient _table = service.GetTableClient(options.Value.AlertsTable);

    // Partitions whose index this process has seen complete: the marker is read once per partition and process.
    private readonly ConcurrentDictionary<string, bool> _indexed = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<AlertRecord>> ListAsync(string catalogId, AlertCondition? condition = null, string? regionCode = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        var partition = AlertEntities.Partition(catalogId);
        var filter = TableQueries.PartitionPrefix(partition, AlertEntities.EpisodePrefix);
        if (condition is { } c)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Condition eq {c.ToString()}");
        }

        if (!string.IsNullOrEmpty(regionCode))
        {
            filter += " and " + TableClient.CreateQueryFilter($"Region eq {regionCode}");
        }

        var episodes = await TableQueries.ListAsync(_table, filter, null, cancellationToken).ConfigureAwait(false);
        if (episodes.Count == 0)
        {
            return [];
        }

        var responses = (await TableQueries.ListAsync(_table, TableQueries.PartitionPrefix(partition, AlertEntities.ResponsePrefix), null, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.RowKey, StringComparer.Ordinal);
        return [.. episodes
            .Select(row => AlertEntities.Read<AlertEpisode>(row))
            .Select(e => Record(e, responses.GetValueOrDefault(AlertEntities.ResponseRow(e.Id))))
            .OrderByDescending(r => r.Episode.StartedPeriod)
            .ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    public async Task<AlertRecordPage> ListPageAsync(string catalogId, AlertQuery query, AlertPosition? after, int size, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaxPageSize);
        if (query.ReadableRegions is { Count: 0 })
        {
            return new AlertRecordPage([], false);
        }

        var partition = AlertEntities.Partition(catalogId);
        await EnsureIndexedAsync(partition, cancellationToken).ConfigureAwait(false);
        var (filter, complete) = PageFilter(partition, query, after);

        // A filter the service applies whole lets it stop at the page; otherwise rows are read in larger pages.
        var records = new List<AlertRecord>(size + 1);
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: complete ? size + 1 : MaxPageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (AlertEntities.ReadIndex(row) is { } record && query.Matches(record))
            {
                records.Add(record);
                if (records.Count > size)
                {
                    break;
                }
            }
        }

        return new AlertRecordPage([.. records.Take(size)], records.Count > size);
    }

    public async Task<AlertRecord?> GetAsync(string catalogId, string alertId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentException.ThrowIfNullOrWhiteSpace(alertId);
        var partition = AlertEntities.Partition(catalogId);
        var episode = await TableQueries.GetAsync(_table, partition, AlertEntities.EpisodeRow(alertId), cancellationToken).ConfigureAwait(false);
        if (episode is null)
        {
            return null;
        }

        var response = await TableQueries.GetAsync(_table, partition, AlertEntities.ResponseRow(alertId), cancellationToken).ConfigureAwait(false);
        return Record(AlertEntities.Read<AlertEpisode>(episode), response);
    }

    public async Task<IReadOnlyList<AlertEvent>> HistoryAsync(string catalogId, string alertId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentException.ThrowIfNullOrWhiteSpace(alertId);
        var filter = TableQueries.PartitionPrefix(AlertEntities.Partition(catalogId), AlertEntities.HistoryPrefixOf(alertId));
        var rows = await TableQueries.ListAsync(_table, filter, null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(AlertEntities.Read<AlertEvent>).OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    public Task RecordAsync(string catalogId, IReadOnlyList<AlertEpisode> episodes, IReadOnlyList<AlertEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(episodes);
        ArgumentNullException.ThrowIfNull(events);
        var partition = AlertEntities.Partition(catalogId);

        // Replacing by id makes a repeated write a no-op in effect: one row per episode and per transition. The index
        // row is merged (its response columns are the responder's) in the same transaction as its episode row.
        var groups = episodes.GroupBy(e => e.Id, StringComparer.Ordinal).Select(g => g.Last())
            .Select(e => (IReadOnlyList<TableTransactionAction>)
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, AlertEntities.Write(partition, e)),
                new TableTransactionAction(TableTransactionActionType.UpsertMerge, AlertEntities.Index(partition, e)),
            ])
            .Concat(events.GroupBy(e => (e.AlertId, e.Id)).Select(g => (IReadOnlyList<TableTransactionAction>)
                [new TableTransactionAction(TableTransactionActionType.UpsertReplace, AlertEntities.Write(partition, g.Last()))]));
        return TableBatches.SubmitGroupsAsync(_table, groups, cancellationToken);
    }

    public async Task<string> RespondAsync(string catalogId, string alertId, AlertResponse response, AlertEvent line, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentException.ThrowIfNullOrWhiteSpace(alertId);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(line);
        var partition = AlertEntities.Partition(catalogId);
        var row = AlertEntities.Write(partition, alertId, response);
        List<TableTransactionAction> actions =
        [
            expectedVersion is null
                ? new TableTransactionAction(TableTransactionActionType.Add, row)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, new ETag(expectedVersion)),
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, AlertEntities.Write(partition, line with { AlertId = alertId })),
        ];

        // The index row's key needs the start period, which is part of the alert id (an episode never changes it). Its
        // response columns are merged in this transaction, so a refused response leaves the index as it was.
        if (AlertIds.TryStartedPeriod(alertId, out var started))
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertMerge, AlertEntities.IndexResponse(partition, started, alertId, response)));
        }

        var responses = await TableBatches.SubmitOneAsync(_table, actions, cancellationToken).ConfigureAwait(false);
        return responses[0].Headers.ETag?.ToString()
            ?? throw new InvalidOperationException("The table service returned no ETag for the alert response.");
    }

    /// <summary>
    /// Builds the index of a partition stored before it existed, on the first paged read of it in this process rather
    /// than at start-up: start-up does not know which catalogs will be listed and should not wait on a full read of
    /// each, and the build costs nothing once its marker row is there.
    /// </summary>
    private async Task EnsureIndexedAsync(string partition, CancellationToken cancellationToken)
    {
        if (_indexed.ContainsKey(partition))
        {
            return;
        }

        await AlertIndexBuild.EnsureAsync(_table, partition, cancellationToken).ConfigureAwait(false);
        _indexed[partition] = true;
    }

    /// <summary>
    /// The index key range after <paramref name="after"/> (and, for a period, from the episodes that started by then),
    /// with every condition Table Storage can apply; <c>Complete</c> when nothing is left for the reader to check.
    /// </summary>
    private static (string Filter, bool Complete) PageFilter(string partition, AlertQuery query, AlertPosition? after)
    {
        var from = TableKeys.RangeStart(AlertEntities.IndexPrefix);
        if (query.At is { } at)
        {
            from = AlertEntities.IndexFrom(at);
        }

        var to = TableKeys.RangeEnd(AlertEntities.IndexPrefix);
        var filter = after is { } a && string.CompareOrdinal(AlertEntities.IndexRow(a.StartedPeriod, a.Id), from) >= 0
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {AlertEntities.IndexRow(a.StartedPeriod, a.Id)} and RowKey lt {to}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
        var complete = true;
        if (query.Condition is { } condition)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Condition eq {condition.ToString()}");
        }

        if (query.Severity is { } severity)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Severity eq {severity.ToString()}");
        }

        if (query.Region is { } region)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Region eq {region}");
        }
        else if (query.ReadableRegions is { Count: <= MaxRegionsFilteredByService } readable)
        {
            filter += " and (" + string.Join(" or ", readable.Order(StringComparer.Ordinal).Select(r => TableClient.CreateQueryFilter($"Region eq {r}"))) + ")";
        }
        else if (query.ReadableRegions is not null)
        {
            complete = false;
        }

        if (query.At is { } spanned)
        {
            filter += " and " + TableClient.CreateQueryFilter($"End ge {TableKeys.PeriodInTime(spanned)}");
        }

        // A response never given has no status column to compare, so "new" is left to the reader.
        if (query.Response is AlertResponseStatus.Acknowledged or AlertResponseStatus.Closed)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Status eq {query.Response.Value.ToString()}");
        }
        else if (query.Response is not null)
        {
            complete = false;
        }

        return (filter, complete);
    }

    private static AlertRecord Record(AlertEpisode episode, TableEntity? response) =>
        response is null
            ? new AlertRecord(episode, AlertResponse.None)
            : new AlertRecord(episode, AlertEntities.Read<AlertResponse>(response), response.ETag.ToString());
}
