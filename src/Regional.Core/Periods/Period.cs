using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Regional.Periods;

/// <summary>
/// A reporting period: a year, a half, a quarter or a month. Parses the SDMX time period forms
/// <c>2025</c>, <c>2025-Q3</c>, <c>2025-09</c> and the reporting forms <c>2025-A1</c>, <c>2025-S1</c>,
/// <c>2025-Q3</c>, <c>2025-M09</c>. Periods of one frequency are ordered; periods of different frequencies
/// are ordered by their end month, then by length (shorter first).
/// </summary>
public readonly partial record struct Period : IComparable<Period>
{
    private Period(int year, Frequency frequency, int index)
    {
        Year = year;
        Frequency = frequency;
        Index = index;
    }

    public int Year { get; }

    public Frequency Frequency { get; }

    /// <summary>1-based position inside the year: 1 for annual, 1–2 for halves, 1–4 for quarters, 1–12 for months.</summary>
    public int Index { get; }

    public static int PeriodsPerYear(Frequency frequency) => frequency switch
    {
        Frequency.Annual => 1,
        Frequency.SemiAnnual => 2,
        Frequency.Quarterly => 4,
        Frequency.Monthly => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };

    public static Period Annual(int year) => Create(year, Frequency.Annual, 1);

    public static Period Half(int year, int half) => Create(year, Frequency.SemiAnnual, half);

    public static Period Quarter(int year, int quarter) => Create(year, Frequency.Quarterly, quarter);

    public static Period Month(int year, int month) => Create(year, Frequency.Monthly, month);

    public static Period Create(int year, Frequency frequency, int index)
    {
        if (year is < 1900 or > 2999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1900 and 2999.");
        }

        if (index < 1 || index > PeriodsPerYear(frequency))
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Index must be between 1 and {PeriodsPerYear(frequency)} for {frequency}.");
        }

        return new Period(year, frequency, index);
    }

    /// <summary>Months per period of this frequency.</summary>
    public int LengthInMonths => 12 / PeriodsPerYear(Frequency);

    /// <summary>The last calendar month (1–12) covered by the period.</summary>
    public int EndMonth => Index * LengthInMonths;

    /// <summary>The first calendar month (1–12) covered by the period.</summary>
    public int StartMonth => EndMonth - LengthInMonths + 1;

    /// <summary>Months from January to the end of the period: the span of a year-to-date cumulative figure.</summary>
    public int MonthsElapsedInYear => EndMonth;

    /// <summary>The first day after the period ends (UTC midnight).</summary>
    public DateTimeOffset EndExclusive => EndMonth == 12
        ? new DateTimeOffset(Year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero)
        : new DateTimeOffset(Year, EndMonth + 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Start => new(Year, StartMonth, 1, 0, 0, 0, TimeSpan.Zero);

    public Period Previous() => Shift(-1);

    public Period Next() => Shift(1);

    /// <summary>The same period one year earlier (for year-on-year comparison).</summary>
    public Period SameLastYear() => new(Year - 1, Frequency, Index);

    public Period Shift(int periods)
    {
        var perYear = PeriodsPerYear(Frequency);
        var ordinal = (Year * perYear) + (Index - 1) + periods;
        return Create(ordinal / perYear, Frequency, (ordinal % perYear) + 1);
    }

    /// <summary>Number of periods from <paramref name="other"/> to this one (same frequency only).</summary>
    public int PeriodsSince(Period other)
    {
        if (other.Frequency != Frequency)
        {
            throw new ArgumentException("Periods of different frequencies cannot be subtracted.", nameof(other));
        }

        var perYear = PeriodsPerYear(Frequency);
        return ((Year * perYear) + Index) - ((other.Year * perYear) + other.Index);
    }

    public int CompareTo(Period other)
    {
        var byEnd = ((Year * 12) + EndMonth).CompareTo((other.Year * 12) + other.EndMonth);
        if (byEnd != 0)
        {
            return byEnd;
        }

        return LengthInMonths.CompareTo(other.LengthInMonths);
    }

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    /// <summary>Canonical SDMX form: <c>2025</c>, <c>2025-S1</c>, <c>2025-Q3</c>, <c>2025-09</c>.</summary>
    public override string ToString() => Frequency switch
    {
        Frequency.Annual => Year.ToString("D4", CultureInfo.InvariantCulture),
        Frequency.SemiAnnual => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-S{Index}"),
        Frequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        Frequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>A label for people: "Jan–Sep 2025" style spans are built by callers; this is "2025 Q3".</summary>
    public string Label => Frequency switch
    {
        Frequency.Annual => Year.ToString(CultureInfo.InvariantCulture),
        Frequency.SemiAnnual => string.Create(CultureInfo.InvariantCulture, $"{Year} H{Index}"),
        Frequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year} Q{Index}"),
        Frequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Index:D2}"),
        _ => throw new InvalidOperationException(),
    };

    public static Period Parse(string text) =>
        TryParse(text, out var period, out var error) ? period : throw new FormatException(error);

    public static bool TryParse([NotNullWhen(true)] string? text, out Period period) => TryParse(text, out period, out _);

    public static bool TryParse(string? text, out Period period, out string error)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "period is empty";
            return false;
        }

        var match = PeriodPattern().Match(text.Trim());
        if (!match.Success)
        {
            error = $"'{text}' is not a period (expected 2025, 2025-S1, 2025-Q3, 2025-09, 2025-M09 or 2025-A1)";
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var (frequency, index) = match.Groups switch
        {
            var g when g["month"].Success => (Frequency.Monthly, int.Parse(g["month"].Value, CultureInfo.InvariantCulture)),
            var g when g["code"].Success => (CodeToFrequency(g["code"].Value[0]), int.Parse(g["n"].Value, CultureInfo.InvariantCulture)),
            _ => (Frequency.Annual, 1),
        };

        if (year is < 1900 or > 2999 || index < 1 || index > PeriodsPerYear(frequency))
        {
            error = $"'{text}' is out of range";
            return false;
        }

        period = new Period(year, frequency, index);
        error = string.Empty;
        return true;
    }

    private static Frequency CodeToFrequency(char code) => char.ToUpperInvariant(code) switch
    {
        'A' => Frequency.Annual,
        'S' => Frequency.SemiAnnual,
        'Q' => Frequency.Quarterly,
        _ => Frequency.Monthly,
    };

    // [0-9], not \d: \d also matches the digits of other scripts (２０２５), which int.Parse then throws on.
    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:-(?:(?<month>[0-9]{2})|(?<code>[AaSsQqMm])(?<n>[0-9]{1,2})))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
