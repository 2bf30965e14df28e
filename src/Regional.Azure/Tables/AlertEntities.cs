using System.Text.Json;
using Azure.Data.Tables;
using Regional.Alerts.Lifecycle;
using Regional.Periods;
using Regional.Serialization;

namespace Regional.Azure.Tables;

/// <summary>
/// Alerts of a catalog, all in the catalog's partition: <c>a|id</c> the episode (system side, replaced by every
/// evaluation), <c>r|id</c> the human response (changed only under its ETag), <c>h|id|event</c> one history line.
/// The system and the response are separate rows so that neither writer can overwrite the other. Each row keeps the
/// record as JSON beside the columns a query filters on.
/// <para>
/// <c>i|newest-first period|id</c> is the listing index: one row per episode whose key sorts in listing order (newest
/// start period first, then id), holding the episode (<c>Json*</c>, as the <c>a|</c> row) and the response
/// (<c>Response*</c>, as the <c>r|</c> row) so that a page of the list is one key range with no point reads. Each
/// writer merges only its own columns, in the transaction that writes the row mirrored. The start period is part of
/// the alert id (<see cref="AlertIds"/>), so an episode's index key never changes and no index row is ever moved.
/// <c>m|alert-index-v1</c> marks a partition whose index has been built from rows stored before it existed.
/// </para>
/// </summary>
internal static class AlertEntities
{
    public const string EpisodePrefix = "a";
    public const string ResponsePrefix = "r";
    public const string HistoryPrefix = "h";
    public const string IndexPrefix = "i";
    public const string ResponseColumns = "Response";
    public static readonly string IndexMarkerRow = TableKeys.Join("m", "alert-index-v1");

    public static string Partition(string catalogId) => TableKeys.Part(catalogId);

    public static string EpisodeRow(string alertId) => TableKeys.Join(EpisodePrefix, alertId);

    public static string ResponseRow(string alertId) => TableKeys.Join(ResponsePrefix, alertId);

    public static string HistoryPrefixOf(string alertId) => TableKeys.Join(HistoryPrefix, alertId);

    public static string HistoryRow(string alertId, string eventId) => TableKeys.Join(HistoryPrefix, alertId, eventId);

    public static string IndexRow(Period startedPeriod, string alertId) =>
        TableKeys.Join(IndexPrefix, TableKeys.PeriodNewestFirst(startedPeriod), alertId);

    /// <summary>The lowest index key of an episode that started in <paramref name="period"/> or earlier.</summary>
    public static string IndexFrom(Period period) => TableKeys.RangeStart(TableKeys.Join(IndexPrefix, TableKeys.PeriodNewestFirst(period)));

    public static TableEntity Write(string partition, AlertEpisode episode) => Episode(new TableEntity(partition, EpisodeRow(episode.Id)), episode, JsonSerializer.Serialize(episode, RegionalJson.Options));

    public static TableEntity Write(string partition, string alertId, AlertResponse response)
    {
        var entity = new TableEntity(partition, ResponseRow(alertId)) { ["Status"] = response.Status.ToString() };
        JsonColumns.Write(entity, JsonSerializer.Serialize(response, RegionalJson.Options));
        return entity;
    }

    /// <summary>The episode's columns of its index row (merged: the response columns are left as they are).</summary>
    public static TableEntity Index(string partition, AlertEpisode episode) =>
        IndexEpisode(partition, episode, JsonSerializer.Serialize(episode, RegionalJson.Options));

    /// <summary>The response's columns of the episode's index row (merged: the episode columns are left as they are).</summary>
    public static TableEntity IndexResponse(string partition, Period startedPeriod, string alertId, AlertResponse response) =>
        IndexResponse(new TableEntity(partition, IndexRow(startedPeriod, alertId)), JsonSerializer.Serialize(response, RegionalJson.Options), response.Status.ToString());

    /// <summary>The whole index row mirroring an episode row and its response row (null: nobody has responded).</summary>
    public static TableEntity Index(string partition, TableEntity episodeRow, TableEntity? responseRow)
    {
        var json = JsonColumns.Read(episodeRow);
        var entity = IndexEpisode(partition, JsonSerializer.Deserialize<AlertEpisode>(json, RegionalJson.Options) ?? throw new JsonException($"Row '{episodeRow.RowKey}' holds no episode."), json);
        return responseRow is null ? entity : IndexResponse(entity, JsonColumns.Read(responseRow), responseRow.GetString("Status") ?? nameof(AlertResponseStatus.New));
    }

    /// <summary>The stored alert an index row mirrors; null for a row that holds no episode yet.</summary>
    public static AlertRecord? ReadIndex(TableEntity entity)
    {
        if (!JsonColumns.Has(entity))
        {
            return null;
        }

        var response = JsonColumns.Has(entity, ResponseColumns)
            ? JsonSerializer.Deserialize<AlertResponse>(JsonColumns.Read(entity, ResponseColumns), RegionalJson.Options) ?? AlertResponse.None
            : AlertResponse.None;
        return new AlertRecord(Read<AlertEpisode>(entity), response);
    }

    public static TableEntity Write(string partition, AlertEvent line)
    {
        var entity = new TableEntity(partition, HistoryRow(line.AlertId, line.Id)) { ["Kind"] = line.Kind.ToString(), ["At"] = line.At };
        JsonColumns.Write(entity, JsonSerializer.Serialize(line, RegionalJson.Options));
        return entity;
    }

    private static TableEntity IndexEpisode(string partition, AlertEpisode episode, string json)
    {
        var entity = Episode(new TableEntity(partition, IndexRow(episode.StartedPeriod, episode.Id)), episode, json);

        // The last period the episode spans, as a sortable key: "spans period P" is then a filter the service applies.
        entity["End"] = TableKeys.PeriodInTime(episode.ResolvedPeriod ?? episode.LastPeriod);
        return entity;
    }

    private static TableEntity Episode(TableEntity entity, AlertEpisode episode, string json)
    {
        entity["Condition"] = episode.Condition.ToString();
        entity["Region"] = episode.Key.RegionCode;
        entity["Severity"] = episode.Severity.ToString();
        entity["StartedAt"] = episode.StartedAt;
        JsonColumns.Write(entity, json);
        return entity;
    }

    private static TableEntity IndexResponse(TableEntity entity, string json, string status)
    {
        entity["Status"] = status;
        JsonColumns.Write(entity, json, ResponseColumns);
        return entity;
    }

    public static T Read<T>(TableEntity entity) =>
        JsonSerializer.Deserialize<T>(JsonColumns.Read(entity), RegionalJson.Options)
        ?? throw new JsonException($"Row '{entity.RowKey}' holds no {typeof(T).Name}.");
}
