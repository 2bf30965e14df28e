using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Observations;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// Completeness: required indicators a region (of any level) has not reported for the period, one finding per region
/// listing them, as text and as ids. Before the reporting deadline the finding is <c>pending</c> (information: the
/// figures are not due yet, but nothing reads as complete); after it the missing count is graded warn or fail (below
/// the warn level: <c>missing</c>, information). A region that reported nothing at all is missing everything.
/// </summary>
internal static class Completeness
{
    public static IEnumerable<Finding> Check(QualityContext context, CompletenessCheck rule)
    {
        if (rule.RequiredIndicatorIds.IsDefaultOrEmpty)
        {
            yield break;
        }

        var required = rule.RequiredIndicatorIds
            .Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Values: context.ValuesOf(id)))
            .ToList();
        foreach (var region in context.CheckedRegions)
        {
            var missing = required.Where(r => !r.Values.ContainsKey(region.Code)).Select(r => r.Id).ToImmutableArray();
            if (missing.Length == 0)
            {
                continue;
            }

            var level = context.DeadlinePassed ? Classify(missing.Length, rule.WarnMissing, rule.FailMissing) : null;
            var threshold = level == QualityLevel.Fail ? rule.FailMissing : rule.WarnMissing;
            var detail = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{region.NameEn} has not reported {missing.Length} of {required.Count} required indicators for {context.Period.Label}{(context.DeadlinePassed ? string.Empty : " (the reporting deadline has not passed)")}: {string.Join(", ", missing)}.");
            var detailZh = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{region.NameZh}{ChineseText.Span(context.Period, Basis.Level)}应报的{required.Count}项指标中有{missing.Length}项{(context.DeadlinePassed ? "未报送" : "尚未报送（未到报送截止时间）")}：{string.Join("、", missing.Select(context.IndicatorNameZh))}。");
            var finding = level is { } graded
                ? Create(region.Code, RuleIds.QualityCompleteness, string.Empty, graded, missing.Length, threshold, null, detail, detailZh)
                : new Finding(
                    region.Code,
                    RuleIds.QualityCompleteness,
                    string.Empty,
                    FindingKind.Quality,
                    Severity.Info,
                    context.DeadlinePassed ? FindingStates.Missing : FindingStates.Pending,
                    missing.Length,
                    rule.WarnMissing,
                    null,
                    detail,
                    DetailZh: detailZh);
            yield return finding with { MissingIndicatorIds = missing };
        }
    }
}
