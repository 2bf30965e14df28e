using System.Globalization;
using Regional.Catalogs;
using Regional.Observations;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// First-digit (Benford) test over every positive reported level of the period, across all regions and indicators.
/// Statistical levels spanning orders of magnitude tend to follow log10(1 + 1/d); a large mean absolute deviation
/// from it is only a weak signal, so the check warns at most, reports on the root region, and stays silent below
/// <see cref="BenfordCheck.MinValues"/> values where chance deviations are large.
/// </summary>
internal static class BenfordFirstDigits
{
    public static IEnumerable<Finding> Check(QualityContext context, BenfordCheck rule)
    {
        var counts = new int[10];
        var total = 0;
        foreach (var observation in context.Observations.ForPeriod(context.Period))
        {
            if (observation.Basis == Basis.Level && observation.Value > 0)
            {
                counts[FirstDigit(observation.Value)]++;
                total++;
            }
        }

        if (total == 0 || total < rule.MinValues)
        {
            yield break;
        }

        var mad = 0.0;
        for (var digit = 1; digit <= 9; digit++)
        {
            mad += Math.Abs(((double)counts[digit] / total) - Math.Log10(1 + (1.0 / digit)));
        }

        mad /= 9;
        if (mad < rule.WarnMad)
        {
            yield break;
        }

        var root = context.Catalog.Root ?? context.Catalog.TopLevel[0];
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{root.NameEn}: the first digits of {total} positive levels reported for {context.Period.Label} deviate from Benford's law by a mean absolute deviation of {Number(mad, 4)} (warning at {Number(rule.WarnMad, 4)}); a weak signal only.");
        var detailZh = string.Create(
            CultureInfo.InvariantCulture,
            $"{root.NameZh}{ChineseText.Span(context.Period, Basis.Level)}上报的{total}个正值总量数据的首位数字分布偏离本福特定律，平均绝对偏差为{Number(mad, 4)}（预警阈值{Number(rule.WarnMad, 4)}），仅作弱信号参考。");
        yield return Create(root.Code, RuleIds.QualityBenford, string.Empty, QualityLevel.Warn, mad, rule.WarnMad, null, detail, detailZh);
    }

    /// <summary>The leading digit 1–9 of a positive number.</summary>
    internal static int FirstDigit(double value)
    {
        var scaled = value / Math.Pow(10, Math.Floor(Math.Log10(value)));

        // Log10 can land a hair off at exact powers of ten; bring the mantissa back into [1, 10).
        if (scaled >= 10)
        {
            scaled /= 10;
        }
        else if (scaled < 1)
        {
            scaled *= 10;
        }

        return Math.Clamp((int)scaled, 1, 9);
    }
}
