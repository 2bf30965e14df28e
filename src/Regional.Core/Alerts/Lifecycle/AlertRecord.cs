namespace Regional.Alerts.Lifecycle;

/// <summary>
/// One stored alert: the episode, the human response and the version (ETag) to name when changing the response.
/// </summary>
public sealed record AlertRecord(AlertEpisode Episode, AlertResponse Response, string? Version = null)
{
    public string Id => Episode.Id;
}
