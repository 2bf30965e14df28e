using CsCheck;
using Regional.Periods;

namespace Regional.Core.Tests.Periods;

public class PeriodTests
{
    [Theory]
    [InlineData("2025", Frequency.Annual, 1, "2025")]
    [InlineData("2025-A1", Frequency.Annual, 1, "2025")]
    [InlineData("2025-S1", Frequency.SemiAnnual, 1, "2025-S1")]
    [InlineData("2025-Q3", Frequency.Quarterly, 3, "2025-Q3")]
    [InlineData("2025-q3", Frequency.Quarterly, 3, "2025-Q3")]
    [InlineData("2025-09", Frequency.Monthly, 9, "2025-09")]
    [InlineData("2025-M09", Frequency.Monthly, 9, "2025-09")]
    [InlineData("2025-M9", Frequency.Monthly, 9, "2025-09")]
    public void ParsesSdmxAndReportingForms(string text, Frequency frequency, int index, string canonical)
    {
        var period = Period.Parse(text);

        Assert.Equal(2025, period.Year);
        Assert.Equal(frequency, period.Frequency);
        Assert.Equal(index, period.Index);
        Assert.Equal(canonical, period.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025-Q5")]
    [InlineData("2025-Q0")]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("2025-S3")]
    [InlineData("2025-A2")]
    [InlineData("2025-W01")]
    [InlineData("2025-Q3' or PartitionKey ne '")]
    [InlineData("1899")]
    [InlineData("２０２５-Q3")]
    [InlineData("2025-Q٣")]
    public void RejectsWhatIsNotAPeriodWithAReason(string text)
    {
        Assert.False(Period.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Throws<FormatException>(() => Period.Parse(text));
    }

    [Fact]
    public void PreviousQuarterOfTheFirstQuarterIsTheLastQuarterOfTheYearBefore()
    {
        Assert.Equal(Period.Quarter(2024, 4), Period.Quarter(2025, 1).Previous());
        Assert.Equal(Period.Month(2024, 12), Period.Month(2025, 1).Previous());
        Assert.Equal(Period.Annual(2024), Period.Annual(2025).Previous());
        Assert.Equal(Period.Quarter(2026, 1), Period.Quarter(2025, 4).Next());
    }

    [Fact]
    public void SamePeriodLastYearKeepsTheFrequencyAndPosition()
    {
        Assert.Equal(Period.Quarter(2024, 3), Period.Quarter(2025, 3).SameLastYear());
        Assert.Equal(Period.Month(2024, 9), Period.Month(2025, 9).SameLastYear());
    }

    [Fact]
    public void PeriodsAreOrderedByEndThenByLength()
    {
        var periods = new[] { Period.Parse("2025"), Period.Parse("2025-Q4"), Period.Parse("2025-12"), Period.Parse("2025-Q3"), Period.Parse("2024-Q4"), Period.Parse("2025-S2") };

        var ordered = periods.Order().Select(p => p.ToString()).ToArray();

        Assert.Equal(["2024-Q4", "2025-Q3", "2025-12", "2025-Q4", "2025-S2", "2025"], ordered);
    }

    [Fact]
    public void YearToDateSpanCountsMonthsFromJanuary()
    {
        Assert.Equal(9, Period.Quarter(2025, 3).MonthsElapsedInYear);
        Assert.Equal(6, Period.Half(2025, 1).MonthsElapsedInYear);
        Assert.Equal(12, Period.Annual(2025).MonthsElapsedInYear);
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero), Period.Quarter(2025, 3).EndExclusive);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero), Period.Quarter(2025, 3).Start);
    }

    [Fact]
    public void PeriodsSinceCountsAcrossYears()
    {
        Assert.Equal(5, Period.Quarter(2025, 2).PeriodsSince(Period.Quarter(2024, 1)));
        Assert.Throws<ArgumentException>(() => Period.Quarter(2025, 2).PeriodsSince(Period.Month(2025, 1)));
    }

    [Fact]
    public void ParsingTheCanonicalFormRoundTrips()
    {
        Gen.Select(Gen.Int[1900, 2998], Gen.Int[0, 3], Gen.Int[1, 12])
            .Sample((year, f, i) =>
            {
                var frequency = (Frequency)f;
                var index = ((i - 1) % Period.PeriodsPerYear(frequency)) + 1;
                var period = Period.Create(year, frequency, index);
                return Period.Parse(period.ToString()) == period && period.Next().Previous() == period;
            });
    }
}
