using Regional.Catalogs;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// Hierarchy (as SDMX VTL <c>check_hierarchy</c>): for additive indicators, the sum of the children against the
/// parent's total, the imbalance in percent of the parent, once the parent and every child reported. With children
/// missing, the catalog's mode decides: <c>non_null</c> (the default) reports the check as <c>incomplete</c>, with the
/// reporting children's sum, the missing children and the share of the total the reporting ones cover (gap, in %),
/// never as a pass or an imbalance; <c>partial_null</c> compares the reporting children's sum with the total.
/// </summary>
internal static class HierarchyBalance
{
    public static IEnumerable<Finding> Check(QualityContext context, HierarchyCheck rule)
    {
        var additive = context.Catalog.Indicators.Where(i => i.Aggregation == Aggregation.Sum).ToList();
        foreach (var parent in context.Catalog.Regions)
        {
            var children = context.Catalog.ChildrenOf(parent.Code);
            if (children.IsEmpty)
            {
                continue;
            }

            foreach (var indicator in additive)
            {
                var finding = Balance(context, rule, parent, children, indicator);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private static Finding? Balance(
        QualityContext context,
        HierarchyCheck rule,
        Region parent,
        IReadOnlyList<Region> children,
        Indicator indicator)
    {
        var values = context.ValuesOf(indicator.Id);
        if (!values.TryGetValue(parent.Code, out var total))
        {
            return null;
        }

        var sum = 0.0;
        var reported = 0;
        var missing = new List<string>();
        foreach (var child in children)
        {
            if (values.TryGetValue(child.Code, out var value))
            {
                sum += value;
                reported++;
            }
            else
            {
                missing.Add(child.Code);
            }
        }

        if (missing.Count > 0 && rule.Mode == HierarchyMode.NonNull)
        {
            return Incomplete(context, parent, children.Count, missing, indicator, sum, total);
        }

        if (reported == 0)
        {
            return null;
        }

        if (total == 0)
        {
            // No percentage of a zero total exists; children adding up to something is as wrong as it gets.
            return sum == 0
                ? null
                : Create(parent.Code, RuleIds.QualityHierarchy, indicator.Id, QualityLevel.Fail, sum, total, null, Sentence(context, parent, reported, indicator, sum, total, null), SentenceZh(context, parent, reported, indicator, sum, total, null));
        }

        var imbalance = (sum - total) * 100 / Math.Abs(total);
        var level = Classify(Math.Abs(imbalance), rule.WarnPercent, rule.FailPercent);
        return level is null
            ? null
            : Create(parent.Code, RuleIds.QualityHierarchy, indicator.Id, level.Value, sum, total, imbalance, Sentence(context, parent, reported, indicator, sum, total, imbalance), SentenceZh(context, parent, reported, indicator, sum, total, imbalance));
    }

    private static Finding Incomplete(QualityContext context, Region parent, int childCount, List<string> missing, Indicator indicator, double sum, double total)
    {
        double? share = total == 0 ? null : sum * 100 / total;
        var shareEn = share is { } s ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", {Number(s, 1)}% of the reported total of {Number(total)}") : string.Empty;
        var shareZh = share is { } z ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"，占本级上报总量{ChineseText.Figure(total, ChineseText.Unit(indicator))}的{Number(z, 1)}%") : string.Empty;
        var detail = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{parent.NameEn}: {missing.Count} of {childCount} subordinate regions have not reported {indicator.NameEn} for {context.Period.Label} ({string.Join(", ", missing.Select(context.RegionName))}); ")
            + (missing.Count == childCount
                ? "none has reported, so the balance cannot be checked yet."
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the {childCount - missing.Count} that did add up to {Number(sum)} {indicator.Unit}{shareEn}. The balance cannot be checked until they report."));
        var detailZh = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{parent.NameZh}{context.SpanZh(indicator.Id)}{childCount}个下级地区中有{missing.Count}个未报送{indicator.NameZh}（{string.Join("、", missing.Select(context.RegionNameZh))}），已报送的{childCount - missing.Count}个地区合计{ChineseText.Figure(sum, ChineseText.Unit(indicator))}{shareZh}，待全部报送后方可核对。");
        return new Finding(
            parent.Code,
            RuleIds.QualityHierarchy,
            indicator.Id,
            FindingKind.Quality,
            Severity.Info,
            FindingStates.Incomplete,
            sum,
            total,
            share,
            detail,
            DetailZh: detailZh,
            MissingRegionCodes: [.. missing]);
    }

    private static string Sentence(QualityContext context, Region parent, int childCount, Indicator indicator, double sum, double total, double? imbalance) =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{parent.NameEn}: the {childCount} subordinate regions' {indicator.NameEn} for {context.Period.Label} adds up to {Number(sum)} {indicator.Unit} against the reported total of {Number(total)}")
        + (imbalance is null
            ? " (the total is zero)."
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $", an imbalance of {Signed(imbalance.Value)}%."));

    private static string SentenceZh(QualityContext context, Region parent, int childCount, Indicator indicator, double sum, double total, double? imbalance)
    {
        var unit = ChineseText.Unit(indicator);
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{parent.NameZh}{context.SpanZh(indicator.Id)}{childCount}个下级地区的{indicator.NameZh}合计为{ChineseText.Figure(sum, unit)}，本级上报总量为{ChineseText.Figure(total, unit)}")
        + (imbalance is null
            ? "，差额无法按比例计算。"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"，差额占本级总量的{Signed(imbalance.Value)}%。"));
    }
}
