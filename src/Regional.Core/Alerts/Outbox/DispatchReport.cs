namespace Regional.Alerts.Outbox;

/// <summary>What one dispatch did: notifications sent, attempts that failed (and will be retried), entries set aside.</summary>
public sealed record DispatchReport(int Sent, int Failed, int SetAside, IReadOnlyList<string> SentIds)
{
    public static DispatchReport Nothing { get; } = new(0, 0, 0, []);
}
