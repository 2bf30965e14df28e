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
/// key range of that partition, and an episode and its history line are written in the same transactions.
/// </summary>
public sealed class TableAlertStore(TableServiceClient service, IOptions<StorageOptions> options) : IAlertStore
{
    private readonly TableClient _table = service.GetTableClient(options.Value.AlertsTable);

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

        // Replacing by id makes a repeated write a no-op in effect: one row per episode and per transition.
        var actions = episodes.GroupBy(e => e.Id, StringComparer.Ordinal).Select(g => AlertEntities.Write(partition, g.Last()))
            .Concat(events.GroupBy(e => (e.AlertId, e.Id)).Select(g => AlertEntities.Write(partition, g.Last())))
            .Select(entity => new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
        return TableBatches.SubmitAsync(_table, actions, cancellationToken);
    }

    public async Task<string> RespondAsync(string catalogId, string alertId, AlertResponse response, AlertEvent line, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentException.ThrowIfNullOrWhiteSpace(alertId);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(line);
        var partition = AlertEntities.Partition(catalogId);
        var row = AlertEntities.Write(partition, alertId, response);
        TableTransactionAction[] actions =
        [
            expectedVersion is null
                ? new TableTransactionAction(TableTransactionActionType.Add, row)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, new ETag(expectedVersion)),
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, AlertEntities.Write(partition, line with { AlertId = alertId })),
        ];
        var responses = await TableBatches.SubmitOneAsync(_table, actions, cancellationToken).ConfigureAwait(false);
        return responses[0].Headers.ETag?.ToString()
            ?? throw new InvalidOperationException("The table service returned no ETag for the alert response.");
    }

    private static AlertRecord Record(AlertEpisode episode, TableEntity? response) =>
        response is null
            ? new AlertRecord(episode, AlertResponse.None)
            : new AlertRecord(episode, AlertEntities.Read<AlertResponse>(response), response.ETag.ToString());
}
