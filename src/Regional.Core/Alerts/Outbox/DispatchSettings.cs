namespace Regional.Alerts.Outbox;

/// <summary>
/// How the dispatcher sends: <see cref="BatchSize"/> notifications per transport call; after a failed attempt the
/// next waits <see cref="FirstRetry"/>, doubling with each further failure up to <see cref="MaxRetry"/>;
/// <see cref="Lease"/> is how long a dispatcher holds the entries it is sending before another may take them.
/// </summary>
public sealed record DispatchSettings(int BatchSize, TimeSpan FirstRetry, TimeSpan MaxRetry, TimeSpan Lease)
{
    public static DispatchSettings Default { get; } = new(50, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(2));

    /// <summary>When to try again after <paramref name="attempts"/> failed attempts.</summary>
    public DateTimeOffset NextAttempt(int attempts, DateTimeOffset now)
    {
        var ticks = FirstRetry.Ticks * Math.Pow(2, Math.Max(0, attempts - 1));
        return now + (ticks >= MaxRetry.Ticks ? MaxRetry : TimeSpan.FromTicks((long)ticks));
    }
}
