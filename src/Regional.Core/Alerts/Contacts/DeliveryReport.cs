namespace Regional.Alerts.Contacts;

/// <summary>What one delivery run did: messages sent (and the deliveries they carried), deliveries to retry, deliveries failed for good.</summary>
public sealed record DeliveryReport(int Messages, int Delivered, int Retried, int Failed)
{
    public static DeliveryReport Nothing { get; } = new(0, 0, 0, 0);
}
