using Regional.Catalogs;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// Cross-indicator plausibility: GDP growth set against the growth of proxies that are hard to inflate
/// (electricity consumption, tax revenue). The gap is the subject minus the mean of the proxies present.
/// </summary>
internal static class CrossIndicatorPlausibility
{
    public static IEnumerable<Finding> Check(QualityContext context, CrossIndicatorCheck rule)
    {
        if (string.IsNullOrEmpty(rule.SubjectIndicatorId) || rule.ProxyIndicatorIds.IsDefaultOrEmpty)
        {
            yield break;
        }

        var subjects = context.ValuesOf(rule.SubjectIndicatorId);
        var proxies = rule.ProxyIndicatorIds
            .Distinct(StringComparer.Ordinal)
            .Select(id => (Name: context.IndicatorName(id), NameZh: context.IndicatorNameZh(id), Values: context.ValuesOf(id)))
            .ToList();
        foreach (var region in context.CheckedRegions)
        {
            if (!subjects.TryGetValue(region.Code, out var subject))
            {
                continue;
            }

            var sum = 0.0;
            var present = new List<string>(proxies.Count);
            var presentZh = new List<string>(proxies.Count);
            foreach (var proxy in proxies)
            {
                if (proxy.Values.TryGetValue(region.Code, out var value))
                {
                    sum += value;
                    present.Add(proxy.Name);
                    presentZh.Add(proxy.NameZh);
                }
            }

            if (present.Count == 0)
            {
                continue;
            }

            var mean = sum / present.Count;
            var gap = subject - mean;
            var level = Classify(Math.Abs(gap), rule.WarnGap, rule.FailGap);
            if (level is null)
            {
                continue;
            }

            var detail = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{region.NameEn}: {context.IndicatorName(rule.SubjectIndicatorId)} of {Number(subject)} in {context.Period.Label} is {Number(Math.Abs(gap))} points {(gap > 0 ? "above" : "below")} the mean of {string.Join(" and ", present)} ({Number(mean)}).");
            var unitZh = context.UnitZh(rule.SubjectIndicatorId);
            var detailZh = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{region.NameZh}{context.SpanZh(rule.SubjectIndicatorId)}{context.IndicatorNameZh(rule.SubjectIndicatorId)}为{ChineseText.Figure(subject, unitZh)}，比{ChineseText.Join(presentZh)}的平均值（{ChineseText.Figure(mean, unitZh)}）{(gap > 0 ? "高" : "低")}{ChineseText.Difference(Math.Abs(gap), unitZh)}。");
            yield return Create(region.Code, RuleIds.QualityCrossIndicator, rule.SubjectIndicatorId, level.Value, subject, mean, gap, detail, detailZh);
        }
    }
}
