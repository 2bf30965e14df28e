namespace Regional.Alerts.Notifications;

/// <summary>
/// Delivers notifications (Service Bus topic, or a Storage queue for small deployments and local runs).
/// A send either completes for the whole batch or throws; the outbox retries what was not confirmed, and the
/// notification id lets the receiving side drop a resend.
/// </summary>
public interface INotificationTransport
{
    string Name { get; }

    Task SendAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default);
}
