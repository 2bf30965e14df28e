using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Storage;

/// <summary>
/// Which alerts a listing wants; every part is optional. <see cref="ReadableRegions"/> is the caller's reach (null:
/// every region), <see cref="Region"/> the one region asked for, <see cref="At"/> a period the episode must span
/// (from its start to its resolution, or its latest period while it is still open).
/// </summary>
public sealed record AlertQuery(
    AlertCondition? Condition = null,
    Severity? Severity = null,
    IReadOnlySet<string>? ReadableRegions = null,
    string? Region = null,
    Period? At = null,
    AlertResponseStatus? Response = null)
{
    public static AlertQuery All { get; } = new();

    /// <summary>The whole query applied to one record; a store applies whatever part it can before reading rows.</summary>
    public bool Matches(AlertRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var episode = record.Episode;
        return (Condition is not { } condition || episode.Condition == condition)
            && (Severity is not { } severity || episode.Severity == severity)
            && (ReadableRegions is null || ReadableRegions.Contains(episode.Key.RegionCode))
            && (Region is null || episode.Key.RegionCode == Region)
            && (At is not { } at || Spans(episode, at))
            && (Response is not { } response || record.Response.Status == response);
    }

    public static bool Spans(AlertEpisode episode, Period at)
    {
        ArgumentNullException.ThrowIfNull(episode);
        return episode.StartedPeriod <= at && at <= (episode.ResolvedPeriod ?? episode.LastPeriod);
    }
}
