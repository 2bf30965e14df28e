using System.Collections.Immutable;
using System.Globalization;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Engine.Targets;

/// <summary>
/// Compares every region's (the province, intermediate levels and the leaves, each against its own target) year-to-date growth with its annual target (its own, else an ancestor's):
/// gap, growth needed in the rest of the year, band with hysteresis and the lagging streak.
/// </summary>
public static class GrowthTargets
{
    public static ImmutableArray<TargetResult> Evaluate(
        Catalog catalog,
        Period period,
        ObservationSet observations,
        IReadOnlyDictionary<AlertKey, AlertState> previousAlerts,
        RuleGuard? guard = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(previousAlerts);
        var results = ImmutableArray.CreateBuilder<TargetResult>();
        foreach (var region in catalog.Regions)
        {
            foreach (var indicatorId in catalog.Rules.Targets.IndicatorIds)
            {
                var result = guard is null
                    ? EvaluateOne(catalog, period, observations, previousAlerts, region.Code, indicatorId)
                    : guard.Run(RuleIds.GrowthTarget, region.Code, indicatorId, () => EvaluateOne(catalog, period, observations, previousAlerts, region.Code, indicatorId), null);
                if (result is not null)
                {
                    results.Add(result);
                }
            }
        }

        return results.ToImmutable();
    }

    private static TargetResult? EvaluateOne(
        Catalog catalog,
        Period period,
        ObservationSet observations,
        IReadOnlyDictionary<AlertKey, AlertState> previousAlerts,
        string regionCode,
        string indicatorId)
    {
        var value = observations.Value(regionCode, indicatorId, period);
        var target = catalog.FindTarget(period.Year, regionCode, indicatorId);
        if (value is not { } v || target is null)
        {
            return null;
        }

        var rules = catalog.Rules.Targets;
        var gap = v - target.Value;
        var history = LaggingHistory.Of(catalog, observations, regionCode, indicatorId, period);
        var key = new AlertKey(regionCode, RuleIds.GrowthTarget, indicatorId);
        var before = Math.Max(history.BandBefore, BandInAlertState(rules, previousAlerts, key));
        var qualifier = rules.FindQualifier(target.Qualifier);
        var band = TargetBands.Classify(gap, rules, before, qualifier);
        var streak = TargetBands.IsLagging(rules, band) ? history.StreakBefore + 1 : 0;
        var share = RestOfYearGrowth.ElapsedShare(catalog, observations, regionCode, indicatorId, period);
        var needed = RestOfYearGrowth.Needed(v, target.Value, share);
        var score = new TargetScore(target.Value, gap, needed, TargetBands.StateName(rules, band), streak, target.Qualifier, target.Upper);
        return new TargetResult(regionCode, indicatorId, v, score, FindingFor(regionCode, indicatorId, score, band, v, rules));
    }

    private static int BandInAlertState(TargetRules rules, IReadOnlyDictionary<AlertKey, AlertState> previousAlerts, AlertKey key) =>
        previousAlerts.TryGetValue(key, out var state) && state.Condition == AlertCondition.Firing
            ? TargetBands.IndexOf(rules, state.State)
            : 0;

    private static Finding? FindingFor(string regionCode, string indicatorId, TargetScore score, int band, double value, TargetRules rules)
    {
        if (band == 0)
        {
            return null;
        }

        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"gap {score.Gap:0.0#} pp to target {score.Target:0.0#}%; rest of year needs {(score.NeededRestOfYear is { } n ? n.ToString("0.0#", CultureInfo.InvariantCulture) + "%" : "n/a")}; lagging streak {score.LaggingStreak}");
        return new Finding(
            regionCode,
            RuleIds.GrowthTarget,
            indicatorId,
            FindingKind.Growth,
            TargetBands.SeverityOf(rules, band, score.LaggingStreak),
            score.Band,
            value,
            score.Target,
            score.Gap,
            detail);
    }
}
