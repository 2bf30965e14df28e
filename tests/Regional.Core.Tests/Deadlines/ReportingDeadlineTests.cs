using Regional.Deadlines;
using Regional.Periods;

namespace Regional.Core.Tests.Deadlines;

public class ReportingDeadlineTests
{
    private static readonly DeadlineSettings Quarterly = DeadlineSettings.Default;

    [Fact]
    public void QuarterIsDueTheConfiguredDaysAfterItEnds()
    {
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 0, 0, 0, TimeSpan.Zero), ReportingDeadline.Of(Period.Parse("2025-Q3"), Quarterly));
    }

    [Theory]
    [InlineData("2025-10-25T23:59:59Z", "2025-Q2")]
    [InlineData("2025-10-26T00:00:00Z", "2025-Q3")]
    [InlineData("2025-12-31T23:00:00Z", "2025-Q3")]
    [InlineData("2026-01-20T00:00:00Z", "2025-Q3")]
    [InlineData("2026-01-26T00:00:00Z", "2025-Q4")]
    public void LatestPassedDeadlineIsFoundAcrossQuartersAndYears(string now, string expected)
    {
        Assert.Equal(Period.Parse(expected), ReportingDeadline.LatestPassed(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Quarterly));
    }

    [Fact]
    public void OffsetOfTheClockDoesNotChangeTheAnswer()
    {
        var shanghai = new DateTimeOffset(2025, 10, 26, 7, 59, 0, TimeSpan.FromHours(8));

        Assert.Equal(Period.Parse("2025-Q2"), ReportingDeadline.LatestPassed(shanghai, Quarterly));
    }

    [Fact]
    public void MonthlyDeadlinesUseMonths()
    {
        Assert.Equal(Period.Parse("2025-09"), ReportingDeadline.LatestPassed(new DateTimeOffset(2025, 10, 16, 0, 0, 0, TimeSpan.Zero), new DeadlineSettings(15, Frequency.Monthly)));
    }
}
