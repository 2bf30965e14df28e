using System.Collections.Immutable;
using System.Globalization;
using Regional.Catalogs;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// Peer outliers: robust z-score 0.6745 × (x − median) / MAD across sibling regions (the children of one parent, or the top-level regions) of the period.
/// The median and the median absolute deviation are not dragged along by the outlier itself, as a mean and SD
/// would be. Too few values or a MAD of zero (most regions report the same figure) give no score.
/// </summary>
internal static class PeerOutliers
{
    private const double ConsistencyConstant = 0.6745;

    public static IEnumerable<Finding> Check(QualityContext context, PeerOutlierCheck rule)
    {
        if (rule.IndicatorIds.IsDefaultOrEmpty)
        {
            yield break;
        }

        foreach (var indicatorId in rule.IndicatorIds.Distinct(StringComparer.Ordinal))
        {
            foreach (var group in context.Catalog.SiblingGroups)
            {
                foreach (var finding in Check(context, rule, indicatorId, group.Members))
                {
                    yield return finding;
                }
            }
        }
    }

    private static IEnumerable<Finding> Check(QualityContext context, PeerOutlierCheck rule, string indicatorId, ImmutableArray<Region> siblings)
    {
        var values = context.ValuesOf(indicatorId);
        var present = new List<(string Code, double Value)>(siblings.Length);
        foreach (var region in siblings)
        {
            if (values.TryGetValue(region.Code, out var value))
            {
                present.Add((region.Code, value));
            }
        }

        if (present.Count < rule.MinRegions || present.Count == 0)
        {
            yield break;
        }

        var median = Statistics.Median(present.Select(p => p.Value));
        var mad = Statistics.Median(present.Select(p => Math.Abs(p.Value - median)));
        if (mad <= 0)
        {
            yield break;
        }

        foreach (var (code, value) in present)
        {
            var z = ConsistencyConstant * (value - median) / mad;
            var level = Classify(Math.Abs(z), rule.WarnZ, rule.FailZ);
            if (level is null)
            {
                continue;
            }

            var detail = string.Create(
                CultureInfo.InvariantCulture,
                $"{context.RegionName(code)}: {context.IndicatorName(indicatorId)} of {Number(value)} in {context.Period.Label} is far from the {present.Count} regions' median of {Number(median)} (robust z {Signed(z)}, median absolute deviation {Number(mad, 3)}).");
            var unitZh = context.UnitZh(indicatorId);
            var detailZh = string.Create(
                CultureInfo.InvariantCulture,
                $"{context.RegionNameZh(code)}{context.SpanZh(indicatorId)}{context.IndicatorNameZh(indicatorId)}为{ChineseText.Figure(value, unitZh)}，明显偏离{present.Count}个地区的中位数{ChineseText.Figure(median, unitZh)}（稳健标准分数{Signed(z)}，中位数绝对偏差{Number(mad, 3)}）。");
            yield return Create(code, RuleIds.QualityPeerOutlier, indicatorId, level.Value, value, median, z, detail, detailZh);
        }
    }
}
