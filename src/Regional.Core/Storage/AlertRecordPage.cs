using Regional.Alerts.Lifecycle;

namespace Regional.Storage;

/// <summary>One page of alerts in listing order, and whether any alert matching the same query follows it.</summary>
public sealed record AlertRecordPage(IReadOnlyList<AlertRecord> Records, bool HasMore)
{
    /// <summary>Where the next page starts, when there is one.</summary>
    public AlertPosition? Next => HasMore && Records.Count > 0 ? AlertPosition.Of(Records[^1]) : null;
}
