using Regional.Alerts.Contacts;

namespace Regional.Alerts.Outbox;

/// <summary>
/// What one dispatch did: notifications sent, attempts that failed (and will be retried), entries set aside; and
/// what the delivery to contact points did in the same run, when contact points are configured.
/// </summary>
public sealed record DispatchReport(int Sent, int Failed, int SetAside, IReadOnlyList<string> SentIds, DeliveryReport? Deliveries = null)
{
    public static DispatchReport Nothing { get; } = new(0, 0, 0, []);
}
