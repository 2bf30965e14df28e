using Regional.Alerts.Notifications;

namespace Regional.Alerts.Contacts;

/// <summary>
/// What the outbox dispatcher hands notifications to besides its transport: their expansion into deliveries to
/// contact points (stored, idempotent), and the sending of the deliveries that are due.
/// </summary>
public interface INotificationExpansion
{
    Task<int> ExpandAsync(string catalogId, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default);

    Task<DeliveryReport> DeliverDueAsync(CancellationToken cancellationToken = default);
}
