using Regional.Catalogs;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// Schema and range: a current value outside the indicator's plausible range. Outside by at most
/// <see cref="RangeCheck.FailMarginFraction"/> of the range's width is a warning, further out a failure
/// (with the default margin of zero every value out of range fails).
/// </summary>
internal static class PlausibleRange
{
    public static IEnumerable<Finding> Check(QualityContext context, RangeCheck rule)
    {
        foreach (var indicator in context.Catalog.Indicators)
        {
            var values = context.ValuesOf(indicator.Id);
            if (values.Count == 0)
            {
                continue;
            }

            var margin = rule.FailMarginFraction * (indicator.PlausibleMax - indicator.PlausibleMin);
            foreach (var region in context.CheckedRegions)
            {
                if (!values.TryGetValue(region.Code, out var value))
                {
                    continue;
                }

                var bound = value < indicator.PlausibleMin ? indicator.PlausibleMin
                    : value > indicator.PlausibleMax ? indicator.PlausibleMax
                    : (double?)null;
                if (bound is null)
                {
                    continue;
                }

                var gap = value - bound.Value;
                var level = Math.Abs(gap) > margin ? QualityLevel.Fail : QualityLevel.Warn;
                var detail = string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{region.NameEn}: {indicator.NameEn} of {Number(value)} {indicator.Unit} in {context.Period.Label} is outside the plausible range {Number(indicator.PlausibleMin)} to {Number(indicator.PlausibleMax)} (by {Number(Math.Abs(gap))}).");
                var unitZh = ChineseText.Unit(indicator);
                var detailZh = string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{region.NameZh}{context.SpanZh(indicator.Id)}{indicator.NameZh}为{ChineseText.Figure(value, unitZh)}，超出合理取值范围{Number(indicator.PlausibleMin)}至{ChineseText.Figure(indicator.PlausibleMax, unitZh)}（超出{Number(Math.Abs(gap))}）。");
                yield return Create(region.Code, RuleIds.QualityRange, indicator.Id, level, value, bound, gap, detail, detailZh);
            }
        }
    }
}
