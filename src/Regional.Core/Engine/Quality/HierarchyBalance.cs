using Regional.Catalogs;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// Hierarchy (as SDMX VTL <c>check_hierarchy</c>): for additive indicators, the sum of the children against the
/// parent's total, the imbalance in percent of the parent. Checked when the parent and every child reported; with
/// children missing, only an excess is reported: for non-negative figures the missing children can only add to the sum,
/// so reported children already above the total are an imbalance whatever the others say (the missing figures
/// themselves are the completeness check's concern).
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
        var negative = false;
        foreach (var child in children)
        {
            if (values.TryGetValue(child.Code, out var value))
            {
                sum += value;
                reported++;
                negative |= value < 0;
            }
        }

        if (reported == 0)
        {
            return null;
        }

        if (reported < children.Count && (negative || total <= 0 || sum <= total))
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
