using Regional.Alerts.Lifecycle;

namespace Regional.Alerts.Notifications;

/// <summary>Items of notifications, from a transition or from a stored episode, and their one-line text.</summary>
public static class NotificationItems
{
    public static NotificationItem From(AlertTransition transition, string alertId)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return new NotificationItem(
            alertId,
            transition.Id,
            transition.Kind,
            transition.Severity,
            transition.Key.RegionCode,
            transition.Key.RuleId,
            transition.Key.IndicatorId,
            transition.MessageEn,
            transition.MessageZh);
    }

    /// <summary>The episode's latest transition, as a reminder, follow-up or release lists it.</summary>
    public static NotificationItem From(AlertEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        return new NotificationItem(
            episode.Id,
            episode.LastTransitionId,
            episode.LastTransitionKind,
            episode.Severity,
            episode.Key.RegionCode,
            episode.Key.RuleId,
            episode.Key.IndicatorId,
            episode.MessageEn,
            episode.MessageZh);
    }

    /// <summary>
    /// The most telling items first: higher severity, then escalations before new alerts before resolutions, then by
    /// alert id (a stable order, so the text of a notification built again is the same).
    /// </summary>
    public static IReadOnlyList<NotificationItem> Ordered(IEnumerable<NotificationItem> items) =>
        [.. items.OrderByDescending(i => i.Severity).ThenBy(i => Rank(i.Kind)).ThenBy(i => i.AlertId, StringComparer.Ordinal)];

    /// <summary>An item's message without the leading region name, for a list under a heading that names the region.</summary>
    public static string Line(string message, string regionName, string separator) =>
        message.StartsWith(regionName + separator, StringComparison.Ordinal) ? message[(regionName.Length + separator.Length)..].TrimStart() : message;

    private static int Rank(TransitionKind kind) => kind switch
    {
        TransitionKind.Escalated => 0,
        TransitionKind.New => 1,
        TransitionKind.Resolved => 2,
        _ => 3,
    };
}
