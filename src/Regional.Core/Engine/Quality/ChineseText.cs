using Regional.Alerts;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// Pieces of the Chinese details of quality findings: the period as Chinese statistics names it ("2025年1—9月"),
/// figures with the catalog's Chinese unit and lists joined the Chinese way. Numbers keep the invariant format of
/// the English details.
/// </summary>
internal static class ChineseText
{
    /// <summary>"2025年第3季度" for a level, "2025年1—9月" for a year-to-date growth rate.</summary>
    public static string Span(Period period, Basis basis) => MessageText.SpanZh(period, basis);

    public static string Unit(Indicator? indicator) => indicator is null ? string.Empty : indicator.UnitZh ?? indicator.Unit;

    /// <summary>A figure with its unit: "45%", "3,500亿元"-style units follow the number directly.</summary>
    public static string Figure(double value, string unit, int decimals = 2) => WithUnit(Number(value, decimals), unit);

    public static string SignedFigure(double value, string unit, int decimals = 2) => WithUnit(Signed(value, decimals), unit);

    /// <summary>A difference of percentages is in percentage points (个百分点); other differences keep the unit.</summary>
    public static string Difference(double value, string unit, bool signed = false)
    {
        var number = signed ? Signed(value) : Number(value);
        return unit == "%" ? number + "个百分点" : WithUnit(number, unit);
    }

    /// <summary>"甲与乙", "甲、乙与丙".</summary>
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join("、", items.Take(items.Count - 1)) + "与" + items[^1],
    };

    // A unit still in Latin letters (a catalog without a Chinese unit) keeps a space, as in English.
    private static string WithUnit(string number, string unit) =>
        unit.Length == 0 ? number
        : char.IsAsciiLetter(unit[0]) ? number + " " + unit
        : number + unit;
}
