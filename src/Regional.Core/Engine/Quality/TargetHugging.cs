using System.Globalization;
using Regional.Catalogs;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// Target hugging: growth reported at or just above the target (target ≤ value ≤ target + <see cref="TargetHuggingCheck.WithinPoints"/>)
/// period after period, counted back from the evaluated period while a target exists. Real growth scatters around
/// a target; landing on it again and again is a sign of figures written to the target.
/// </summary>
internal static class TargetHugging
{
    // Decimal figures such as 6.2 are not exact in binary; without slack 6.0 + 0.2 could exclude a reported 6.2.
    private const double Slack = 1e-9;

    public static IEnumerable<Finding> Check(QualityContext context, TargetHuggingCheck rule)
    {
        if (rule.IndicatorIds.IsDefaultOrEmpty)
        {
            yield break;
        }

        foreach (var indicatorId in rule.IndicatorIds.Distinct(StringComparer.Ordinal))
        {
            var current = context.ValuesOf(indicatorId);
            if (current.Count == 0)
            {
                continue;
            }

            foreach (var region in context.CheckedRegions)
            {
                if (!current.TryGetValue(region.Code, out var value))
                {
                    continue;
                }

                var periods = Streak(context, rule, region.Code, indicatorId);
                var level = Classify(periods, rule.WarnPeriods, rule.FailPeriods);
                if (periods == 0 || level is null)
                {
                    continue;
                }

                var target = context.Catalog.FindTarget(context.Period.Year, region.Code, indicatorId)!.Value;
                var detail = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{region.NameEn}: {context.IndicatorName(indicatorId)} of {Number(value)} in {context.Period.Label} is within {Number(rule.WithinPoints)} points at or above the target of {Number(target)} for the {periods} periods running up to it.");
                var unitZh = context.UnitZh(indicatorId);
                var detailZh = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{region.NameZh}{context.SpanZh(indicatorId)}{context.IndicatorNameZh(indicatorId)}为{ChineseText.Figure(value, unitZh)}，截至本期已连续{periods}{Regional.Alerts.MessageText.UnitZh(context.Period.Frequency)}等于或仅略高于目标值{ChineseText.Figure(target, unitZh)}（高出不超过{ChineseText.Difference(rule.WithinPoints, unitZh)}）。");
                yield return Create(region.Code, RuleIds.QualityTargetHugging, indicatorId, level.Value, value, target, value - target, detail, detailZh);
            }
        }
    }

    private static int Streak(QualityContext context, TargetHuggingCheck rule, string regionCode, string indicatorId)
    {
        var count = 0;
        var period = context.Period;
        while (true)
        {
            var target = context.Catalog.FindTarget(period.Year, regionCode, indicatorId);
            if (target is null
                || !context.Observations.ValuesOf(indicatorId, period).TryGetValue(regionCode, out var value)
                || value < target.Value - Slack
                || value > target.Value + rule.WithinPoints + Slack)
            {
                return count;
            }

            count++;
            if (!PeriodHistory.TryPrevious(period, out period))
            {
                return count;
            }
        }
    }
}
