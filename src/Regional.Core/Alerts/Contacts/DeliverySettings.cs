namespace Regional.Alerts.Contacts;

/// <summary>
/// How deliveries are retried: after a failed attempt the next waits <see cref="FirstRetry"/>, doubling up to
/// <see cref="MaxRetry"/> (or what the vendor asked for); after <see cref="MaxAttempts"/> attempts a delivery is
/// recorded as failed with the vendor's last answer, never tried again and never deleted.
/// </summary>
public sealed record DeliverySettings(int MaxAttempts, TimeSpan FirstRetry, TimeSpan MaxRetry, TimeSpan Lease, int BatchSize)
{
    public static DeliverySettings Default { get; } = new(12, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(2), 50);

    public DateTimeOffset NextAttempt(int attempts, DateTimeOffset now, TimeSpan? asked)
    {
        var ticks = FirstRetry.Ticks * Math.Pow(2, Math.Max(0, attempts - 1));
        var wait = ticks >= MaxRetry.Ticks ? MaxRetry : TimeSpan.FromTicks((long)ticks);
        return now + (asked is { } vendor && vendor > wait ? vendor : wait);
    }
}
