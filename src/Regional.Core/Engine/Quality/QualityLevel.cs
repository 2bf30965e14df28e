using System.Globalization;
using Regional.Catalogs;

namespace Regional.Engine.Quality;

internal enum QualityLevel
{
    Warn,
    Fail,
}

/// <summary>
/// Shared shape of quality findings. By convention <see cref="Finding.Value"/> is the figure examined,
/// <see cref="Finding.Threshold"/> what it is compared with (a bound, a parent total, a median, a target, a level),
/// and <see cref="Finding.Gap"/> the measured distance the warn and fail levels apply to, where one exists.
/// </summary>
internal static class QualityFinding
{
    public const string Warn = "warn";
    public const string Fail = "fail";

    /// <summary>The level a magnitude reaches: fail at or above <paramref name="failAt"/>, warn at or above <paramref name="warnAt"/>.</summary>
    public static QualityLevel? Classify(double magnitude, double warnAt, double failAt) =>
        magnitude >= failAt ? QualityLevel.Fail
        : magnitude >= warnAt ? QualityLevel.Warn
        : null;

    public static Finding Create(
        string regionCode,
        string ruleId,
        string indicatorId,
        QualityLevel level,
        double? value,
        double? threshold,
        double? gap,
        string detail,
        string detailZh) => new(
            regionCode,
            ruleId,
            indicatorId,
            FindingKind.Quality,
            level == QualityLevel.Fail ? Severity.Major : Severity.Warning,
            level == QualityLevel.Fail ? Fail : Warn,
            value,
            threshold,
            gap,
            detail,
            DetailZh: detailZh);

    /// <summary>A number for a sentence: invariant culture, at most <paramref name="decimals"/> decimals.</summary>
    public static string Number(double value, int decimals = 2) =>
        value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    public static string Signed(double value, int decimals = 2) =>
        (value > 0 ? "+" : string.Empty) + Number(value, decimals);
}
