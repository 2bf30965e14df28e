using System.Text.Json;
using Regional.Alerts.Lifecycle;
using Regional.Serialization;

namespace Regional.Api.Http;

/// <summary>
/// The entity tag of an alert: a digest of its episode as stored and of the version of its response, so an
/// evaluation that changes the episode and a response that changes the answer each give a new tag. Sent on every read
/// of an alert; If-Match on a response must name the current one.
/// </summary>
public static class AlertTags
{
    public static string Of(AlertRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var episode = JsonSerializer.Serialize(record.Episode, RegionalJson.Options);
        return EntityTags.For(ApiHashes.Short(episode + "\n" + (record.Version ?? "no-response")));
    }
}
