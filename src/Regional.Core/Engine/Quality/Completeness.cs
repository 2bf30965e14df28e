using Regional.Catalogs;
using Regional.Observations;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// Completeness: required indicators a compared region has not reported for the period, one finding per region
/// listing them. A region that reported nothing at all is missing everything and is flagged too. A period nobody
/// reported anything for is not checked before its reporting deadline (nothing is due yet); once the deadline has
/// passed it is, and every compared region is flagged.
/// </summary>
internal static class Completeness
{
    public static IEnumerable<Finding> Check(QualityContext context, CompletenessCheck rule)
    {
        if (rule.RequiredIndicatorIds.IsDefaultOrEmpty || (!context.DeadlinePassed && !context.Observations.ForPeriod(context.Period).Any()))
        {
            yield break;
        }

        var required = rule.RequiredIndicatorIds
            .Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Values: context.ValuesOf(id)))
            .ToList();
        foreach (var region in context.ComparedRegions)
        {
            var missing = required.Where(r => !r.Values.ContainsKey(region.Code)).Select(r => r.Id).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var level = Classify(missing.Count, rule.WarnMissing, rule.FailMissing);
            if (level is null)
            {
                continue;
            }

            var threshold = level == QualityLevel.Fail ? rule.FailMissing : rule.WarnMissing;
            var detail = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{region.NameEn} has not reported {missing.Count} of {required.Count} required indicators for {context.Period.Label}: {string.Join(", ", missing)}.");
            var detailZh = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{region.NameZh}{ChineseText.Span(context.Period, Basis.Level)}应报的{required.Count}项指标中有{missing.Count}项未报送：{string.Join("、", missing.Select(context.IndicatorNameZh))}。");
            yield return Create(region.Code, RuleIds.QualityCompleteness, string.Empty, level.Value, missing.Count, threshold, null, detail, detailZh);
        }
    }
}
