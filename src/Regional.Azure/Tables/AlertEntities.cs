using System.Text.Json;
using Azure.Data.Tables;
using Regional.Alerts.Lifecycle;
using Regional.Serialization;

namespace Regional.Azure.Tables;

/// <summary>
/// Alerts of a catalog, all in the catalog's partition: <c>a|id</c> the episode (system side, replaced by every
/// evaluation), <c>r|id</c> the human response (changed only under its ETag), <c>h|id|event</c> one history line.
/// The system and the response are separate rows so that neither writer can overwrite the other. Each row keeps the
/// record as JSON beside the columns a query filters on.
/// </summary>
internal static class AlertEntities
{
    public const string EpisodePrefix = "a";
    public const string ResponsePrefix = "r";
    public const string HistoryPrefix = "h";

    public static string Partition(string catalogId) => TableKeys.Part(catalogId);

    public static string EpisodeRow(string alertId) => TableKeys.Join(EpisodePrefix, alertId);

    public static string ResponseRow(string alertId) => TableKeys.Join(ResponsePrefix, alertId);

    public static string HistoryPrefixOf(string alertId) => TableKeys.Join(HistoryPrefix, alertId);

    public static string HistoryRow(string alertId, string eventId) => TableKeys.Join(HistoryPrefix, alertId, eventId);

    public static TableEntity Write(string partition, AlertEpisode episode)
    {
        var entity = new TableEntity(partition, EpisodeRow(episode.Id))
        {
            ["Condition"] = episode.Condition.ToString(),
            ["Region"] = episode.Key.RegionCode,
            ["Severity"] = episode.Severity.ToString(),
            ["StartedAt"] = episode.StartedAt,
        };
        JsonColumns.Write(entity, JsonSerializer.Serialize(episode, RegionalJson.Options));
        return entity;
    }

    public static TableEntity Write(string partition, string alertId, AlertResponse response)
    {
        var entity = new TableEntity(partition, ResponseRow(alertId)) { ["Status"] = response.Status.ToString() };
        JsonColumns.Write(entity, JsonSerializer.Serialize(response, RegionalJson.Options));
        return entity;
    }

    public static TableEntity Write(string partition, AlertEvent line)
    {
        var entity = new TableEntity(partition, HistoryRow(line.AlertId, line.Id)) { ["Kind"] = line.Kind.ToString(), ["At"] = line.At };
        JsonColumns.Write(entity, JsonSerializer.Serialize(line, RegionalJson.Options));
        return entity;
    }

    public static T Read<T>(TableEntity entity) =>
        JsonSerializer.Deserialize<T>(JsonColumns.Read(entity), RegionalJson.Options)
        ?? throw new JsonException($"Row '{entity.RowKey}' holds no {typeof(T).Name}.");
}
