using System.Collections.Immutable;
using System.Globalization;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Engine.Quality;
using Regional.Periods;

namespace Regional.Engine;

/// <summary>
/// Rules that could not be evaluated because a figure they need is missing, one <c>no-data</c> finding each, kept apart
/// from the findings of conditions (<see cref="EvaluationResult.NoData"/>, <see cref="RegionScorecard.NoData"/>)
/// (Grafana's NoData). A missing figure never reads as "on track" or "within the line": the finding says so, with
/// severity none so that it neither fires nor resolves an alert (the completeness check is what raises one).
/// </summary>
public static class MissingFigures
{
    /// <summary>Every region with a target (its own or an ancestor's) for a target indicator but no figure for it.</summary>
    public static IEnumerable<Finding> Growth(Catalog catalog, Period period, ObservationSet observations)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        foreach (var region in catalog.Regions)
        {
            foreach (var indicatorId in catalog.Rules.Targets.IndicatorIds)
            {
                if (catalog.FindTarget(period.Year, region.Code, indicatorId) is { } target
                    && observations.Value(region.Code, indicatorId, period) is null)
                {
                    yield return NoData(catalog, period, region, RuleIds.GrowthTarget, indicatorId, FindingKind.Growth, target.Value, [indicatorId]);
                }
            }
        }
    }

    /// <summary>
    /// Every red line that applies to a region (bands and no-decrease everywhere, a quota or cap where the region has
    /// a limit) whose figure is missing; for no-decrease also when the figure of a year earlier is missing.
    /// </summary>
    public static IEnumerable<Finding> RedLines(Catalog catalog, Period period, ObservationSet observations, RuleGuard? guard = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        foreach (var region in catalog.Regions)
        {
            foreach (var rule in catalog.Rules.RedLines)
            {
                // A red line that cannot even say what it lacks is the red line's failure, recorded once with its own.
                var finding = guard is null
                    ? RedLine(catalog, period, observations, region, rule)
                    : guard.Run(rule.Id, region.Code, rule.IndicatorId, () => RedLine(catalog, period, observations, region, rule), null);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private static Finding? RedLine(Catalog catalog, Period period, ObservationSet observations, Region region, RedLineRule rule)
    {
        var limit = rule.Limits.TryGetValue(region.Code, out var l) ? l : (double?)null;
        if (rule.Kind is RedLineKind.Quota or RedLineKind.Cap && limit is null)
        {
            return null;
        }

        var missing = ImmutableArray.CreateBuilder<string>();
        if (observations.Value(region.Code, rule.IndicatorId, period) is null)
        {
            missing.Add(rule.IndicatorId);
        }
        else if (rule.Kind == RedLineKind.NoDecrease && observations.Value(region.Code, rule.IndicatorId, period.SameLastYear()) is null)
        {
            missing.Add(rule.IndicatorId);
        }

        if (missing.Count == 0)
        {
            return null;
        }

        var edge = rule.Kind == RedLineKind.Bands ? rule.Bands.FirstOrDefault(b => b.Severity > Severity.None)?.From : limit;
        var lastYear = rule.Kind == RedLineKind.NoDecrease && observations.Value(region.Code, rule.IndicatorId, period) is not null;
        return NoData(catalog, lastYear ? period.SameLastYear() : period, region, rule.Id, rule.IndicatorId, FindingKind.RedLine, edge, missing.ToImmutable());
    }

    private static Finding NoData(Catalog catalog, Period period, Region region, string ruleId, string indicatorId, FindingKind kind, double? threshold, ImmutableArray<string> missing)
    {
        var indicator = catalog.FindIndicator(indicatorId);
        var detail = string.Create(CultureInfo.InvariantCulture, $"{region.NameEn}: no figure for {indicator?.NameEn ?? indicatorId} for {period.Label}; the rule could not be evaluated.");
        var detailZh = string.Create(CultureInfo.InvariantCulture, $"{region.NameZh}{ChineseText.Span(period, indicator?.Basis ?? Basis.Level)}{indicator?.NameZh ?? indicatorId}无数据，无法评估。");
        return new Finding(region.Code, ruleId, indicatorId, kind, Severity.None, FindingStates.NoData, null, threshold, null, detail, DetailZh: detailZh, MissingIndicatorIds: missing);
    }
}
