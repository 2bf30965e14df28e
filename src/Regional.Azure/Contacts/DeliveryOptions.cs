using System.ComponentModel.DataAnnotations;
using Regional.Alerts.Contacts;

namespace Regional.Azure.Contacts;

/// <summary>
/// How deliveries to contact points are retried (section <c>Delivery</c>). Within one attempt the HTTP pipeline retries
/// network errors, timeouts and 5xx <see cref="HttpRetries"/> times from <see cref="HttpRetryDelay"/>, doubling; a
/// failed attempt then waits in the outbox from <see cref="FirstRetry"/>, doubling up to <see cref="MaxRetry"/> (or
/// the vendor's own wait), for at most <see cref="MaxAttempts"/> attempts.
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = DeliverySettings.Default.MaxAttempts;

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FirstRetry { get; set; } = DeliverySettings.Default.FirstRetry;

    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MaxRetry { get; set; } = DeliverySettings.Default.MaxRetry;

    [Range(0, 5)]
    public int HttpRetries { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan HttpRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan HttpAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public DeliverySettings ToSettings() =>
        new(MaxAttempts, FirstRetry, MaxRetry < FirstRetry ? FirstRetry : MaxRetry, DeliverySettings.Default.Lease, DeliverySettings.Default.BatchSize);
}

/// <summary>Where the dashboard is (section <c>Dashboard</c>): messages link to <c>{BaseUrl}/alerts/{alertId}</c>.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    public string? BaseUrl { get; set; }
}
