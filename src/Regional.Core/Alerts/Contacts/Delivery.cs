using Regional.Alerts.Notifications;

namespace Regional.Alerts.Contacts;

/// <summary>
/// One notification on its way to one contact point, as the routes chose it: <see cref="Notification"/> holds only
/// the items the route lets through. <see cref="Id"/> is derived from the notification id and the contact point, so a
/// notification expanded again yields the same deliveries and the outbox stores each once.
/// <see cref="DueAt"/>: not before the route's group wait, the end of its quiet hours or the contact point's digest.
/// <see cref="GroupInterval"/>: the least time between two messages to the contact point along this route.
/// </summary>
public sealed record Delivery(
    string Id,
    string ContactPointId,
    string RoutePath,
    Notification Notification,
    DateTimeOffset DueAt,
    TimeSpan GroupInterval)
{
    public static string IdFor(string notificationId, string contactPointId) => $"{notificationId}@{contactPointId}";
}
