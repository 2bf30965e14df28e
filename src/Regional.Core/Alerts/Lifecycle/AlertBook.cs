using System.Collections.Immutable;
using Regional.Alerts.Notifications;

namespace Regional.Alerts.Lifecycle;

/// <summary>What a lifecycle decision writes: episodes to save, history lines to add and notifications to send.</summary>
public sealed record AlertBook(
    ImmutableArray<AlertEpisode> Episodes,
    ImmutableArray<AlertEvent> Events,
    ImmutableArray<Notification> Notifications)
{
    public static AlertBook Empty { get; } = new([], [], []);

    public bool IsEmpty => Episodes.IsEmpty && Events.IsEmpty && Notifications.IsEmpty;
}
