using System.Globalization;
using System.Text;
using Regional.Periods;

namespace Regional.Azure.Tables;

/// <summary>
/// Builds PartitionKey and RowKey values. Parts are escaped so that no key holds a character Table Storage forbids
/// (<c>/ \ # ?</c> and control characters) and no part holds the <see cref="Separator"/>: every key read is then a
/// prefix range <c>[prefix + '|', prefix + '}')</c>, and a caller's text can never widen a query.
/// </summary>
internal static class TableKeys
{
    public const char Separator = '|';

    /// <summary>The character right after <see cref="Separator"/>: the exclusive upper end of a prefix range.</summary>
    public const char AfterSeparator = '}';

    private const char Escape = '%';

    public static string Part(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(NeedsEscape))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (NeedsEscape(c))
            {
                builder.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes each part and joins them with the separator.</summary>
    public static string Join(params ReadOnlySpan<string> parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(Separator);
            }

            builder.Append(Part(parts[i]));
        }

        return builder.ToString();
    }

    /// <summary>The lower (inclusive) end of the range of keys that start with <paramref name="prefix"/> as whole parts.</summary>
    public static string RangeStart(string prefix) => prefix + Separator;

    /// <summary>The upper (exclusive) end of the range of keys that start with <paramref name="prefix"/> as whole parts.</summary>
    public static string RangeEnd(string prefix) => prefix + AfterSeparator;

    /// <summary>
    /// A four-digit key of a period inside its year: end month, then length in months. Its ordinal order is the order
    /// of <see cref="Period.CompareTo"/> (by end month, shorter first), so "up to period P" is one key range.
    /// </summary>
    public static string PeriodInYear(Period period) =>
        string.Create(CultureInfo.InvariantCulture, $"{period.EndMonth:D2}{period.LengthInMonths:D2}");

    /// <summary>The year followed by <see cref="PeriodInYear"/>: ordered across years.</summary>
    public static string PeriodInTime(Period period) =>
        string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}{PeriodInYear(period)}");

    /// <summary>
    /// A seven-digit key that sorts periods newest first: the months from year 0 to the period's end, then its length,
    /// each subtracted from the largest value of its width, so that ordinal key order is <see cref="Period.CompareTo"/>
    /// reversed (a later end first, and of two periods ending in one month the longer first).
    /// </summary>
    public static string PeriodNewestFirst(Period period) =>
        string.Create(CultureInfo.InvariantCulture, $"{99_999 - ((period.Year * 12) + period.EndMonth):D5}{99 - period.LengthInMonths:D2}");

    public static string Vintage(int vintage) => vintage.ToString("D4", CultureInfo.InvariantCulture);

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static bool NeedsEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or Escape or Separator or AfterSeparator || char.IsControl(c);
}
