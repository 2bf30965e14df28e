using System.Text.Json;
using Azure.Data.Tables;
using Regional.Alerts.Silences;
using Regional.Serialization;

namespace Regional.Azure.Tables;

/// <summary>Silences of a catalog: partition = escaped catalog id, row = silence id, the silence as JSON.</summary>
internal static class SilenceEntities
{
    public static string Partition(string catalogId) => TableKeys.Part(catalogId);

    public static string Row(string silenceId) => TableKeys.Part(silenceId);

    public static TableEntity Write(string partition, Silence silence)
    {
        var entity = new TableEntity(partition, Row(silence.Id)) { ["EndsAt"] = silence.EndsAt };
        JsonColumns.Write(entity, JsonSerializer.Serialize(silence, RegionalJson.Options));
        return entity;
    }

    public static Silence Read(TableEntity entity) =>
        JsonSerializer.Deserialize<Silence>(JsonColumns.Read(entity), RegionalJson.Options)
        ?? throw new JsonException($"Silence row '{entity.RowKey}' is empty.");
}
