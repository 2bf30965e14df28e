using System.ComponentModel.DataAnnotations;
using Regional.Alerts.Outbox;

namespace Regional.Azure.Alerts;

/// <summary>
/// How the outbox is dispatched (settings under <c>Dispatch</c>); the timer's schedule itself is the flat setting
/// <see cref="ScheduleSetting"/>, which the timer trigger binds to.
/// </summary>
public sealed class DispatchOptions
{
    public const string Section = "Dispatch";
    public const string ScheduleSetting = "DispatchSchedule";

    /// <summary>Notifications per transport call, at most 100 (one Table transaction claims a batch).</summary>
    [Range(1, 100)]
    public int BatchSize { get; set; } = DispatchSettings.Default.BatchSize;

    /// <summary>The wait after a first failed attempt; it doubles with each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FirstRetry { get; set; } = DispatchSettings.Default.FirstRetry;

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetry { get; set; } = DispatchSettings.Default.MaxRetry;

    /// <summary>How long a dispatcher holds a batch it is sending; longer than a send takes.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = DispatchSettings.Default.Lease;

    public DispatchSettings ToSettings() => new(BatchSize, FirstRetry, MaxRetry < FirstRetry ? FirstRetry : MaxRetry, Lease);
}
