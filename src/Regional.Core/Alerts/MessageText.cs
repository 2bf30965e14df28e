using System.Globalization;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Alerts;

/// <summary>Numbers, period spans and persistence phrases for alert messages, in English and Chinese (invariant culture).</summary>
internal static class MessageText
{
    private const char Minus = '\u2212';

    private static readonly string[] MonthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Number(double value, string unit) => unit == "%"
        ? Signed(value, "0.0", plus: false) + "%"
        : WithUnit(Signed(value, "#,0.##", plus: false), unit);

    /// <summary>A signed difference: "+0.4", "−2.9", "0.0" when it rounds to zero.</summary>
    public static string Gap(double gap, string unit) => Signed(gap, unit == "%" ? "0.0" : "#,0.##", plus: true);

    /// <summary>A difference with its unit: percentages differ by percentage points.</summary>
    public static string GapEn(double gap, string unit) => unit == "%" ? Gap(gap, unit) + " pp" : WithUnit(Gap(gap, unit), unit);

    /// <summary>A difference in Chinese, <paramref name="unitZh"/> being the unit's Chinese name: "−2.9个百分点", "−9,999.5亩".</summary>
    public static string GapZh(double gap, string unitZh) => unitZh == "%" ? Gap(gap, unitZh) + "个百分点" : WithUnitZh(Gap(gap, unitZh), unitZh);

    /// <summary>A figure in Chinese text: a Chinese unit follows the number directly ("990,000.5亩").</summary>
    public static string NumberZh(double value, string unitZh) => unitZh == "%" ? Number(value, unitZh) : WithUnitZh(Signed(value, "#,0.##", plus: false), unitZh);

    /// <summary>The months a figure covers: "Jan–Sep 2025" for a year-to-date figure, "Q3 2025" for a level.</summary>
    public static string SpanEn(Period period, Basis basis)
    {
        if (period.Frequency == Frequency.Annual)
        {
            return Year(period);
        }

        if (basis == Basis.Level)
        {
            return period.Frequency switch
            {
                Frequency.SemiAnnual => $"H{period.Index} {Year(period)}",
                Frequency.Quarterly => $"Q{period.Index} {Year(period)}",
                _ => $"{MonthsEn[period.EndMonth - 1]} {Year(period)}",
            };
        }

        var first = basis == Basis.YtdGrowth ? 1 : period.StartMonth;
        return first == period.EndMonth
            ? $"{MonthsEn[first - 1]} {Year(period)}"
            : $"{MonthsEn[first - 1]}\u2013{MonthsEn[period.EndMonth - 1]} {Year(period)}";
    }

    public static string SpanZh(Period period, Basis basis)
    {
        var year = Year(period) + "年";
        if (period.Frequency == Frequency.Annual)
        {
            return year;
        }

        if (basis == Basis.Level)
        {
            return period.Frequency switch
            {
                Frequency.SemiAnnual => year + (period.Index == 1 ? "上半年" : "下半年"),
                Frequency.Quarterly => year + Invariant($"第{period.Index}季度"),
                _ => year + Invariant($"{period.EndMonth}月"),
            };
        }

        var first = basis == Basis.YtdGrowth ? 1 : period.StartMonth;
        return first == period.EndMonth
            ? year + Invariant($"{first}月")
            : year + Invariant($"{first}\u2014{period.EndMonth}月");
    }

    public static string UnitsEn(Frequency frequency, int count)
    {
        var unit = frequency switch
        {
            Frequency.Monthly => "month",
            Frequency.Quarterly => "quarter",
            Frequency.SemiAnnual => "half-year",
            _ => "year",
        };
        return count == 1 ? unit : unit + "s";
    }

    public static string UnitZh(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => "个月",
        Frequency.Quarterly => "个季度",
        Frequency.SemiAnnual => "个半年",
        _ => "年",
    };

    /// <summary>"2nd quarter running" style ordinal of the streak.</summary>
    public static string OrdinalEn(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return Invariant($"{n}{suffix}");
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string WithUnit(string number, string unit) => unit.Length == 0 ? number : number + " " + unit;

    // A unit still in Latin letters (a catalog without a Chinese unit name) keeps its space.
    private static string WithUnitZh(string number, string unit) => unit.Length > 0 && char.IsAsciiLetter(unit[0]) ? WithUnit(number, unit) : number + unit;

    private static string Year(Period period) => period.Year.ToString(CultureInfo.InvariantCulture);

    private static string Signed(double value, string format, bool plus)
    {
        var text = Math.Abs(value).ToString(format, CultureInfo.InvariantCulture);
        var zero = double.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) == 0;
        return zero ? text : value < 0 ? Minus + text : plus ? "+" + text : text;
    }
}
