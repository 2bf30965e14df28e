using Regional.Periods;

namespace Regional.Deadlines;

/// <summary>Reporting deadlines of periods, in UTC.</summary>
public static class ReportingDeadline
{
    /// <summary>The instant reports for <paramref name="period"/> are due: its end plus the configured days.</summary>
    public static DateTimeOffset Of(Period period, DeadlineSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return period.EndExclusive.AddDays(settings.DaysAfterPeriodEnd);
    }

    /// <summary>The latest period of the configured frequency whose deadline is at or before <paramref name="now"/>.</summary>
    public static Period LatestPassed(DateTimeOffset now, DeadlineSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var utc = now.ToUniversalTime();
        var monthsPerPeriod = 12 / Period.PeriodsPerYear(settings.Frequency);
        var period = Period.Create(utc.Year, settings.Frequency, ((utc.Month - 1) / monthsPerPeriod) + 1);
        while (Of(period, settings) > utc)
        {
            period = period.Previous();
        }

        return period;
    }
}
