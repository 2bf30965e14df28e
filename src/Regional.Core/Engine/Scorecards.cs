using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine.Comparison;
using Regional.Engine.Targets;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Engine;

/// <summary>Assembles one scorecard per region of the catalog (every level), in catalog order, from the results of the rules.</summary>
public static class Scorecards
{
    public static ImmutableArray<RegionScorecard> Build(
        Catalog catalog,
        Period period,
        ObservationSet observations,
        ImmutableArray<TargetResult> targets,
        ImmutableArray<Finding> findings,
        ComparisonOutcome comparison,
        Inhibition inhibition,
        ImmutableArray<Finding> noData = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(inhibition);
        var targetScores = new Dictionary<string, Dictionary<string, TargetScore>>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            if (!targetScores.TryGetValue(target.IndicatorId, out var byRegion))
            {
                targetScores.Add(target.IndicatorId, byRegion = new Dictionary<string, TargetScore>(StringComparer.Ordinal));
            }

            byRegion.Add(target.RegionCode, target.Score);
        }

        // One pass over the findings: filtering them once per region is quadratic at thousands of regions.
        var findingsOf = findings
            .GroupBy(f => f.RegionCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        var noDataOf = (noData.IsDefault ? [] : noData)
            .GroupBy(f => f.RegionCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);

        // A reported indicator's values are read per indicator; a derived one goes through Value, which derives it
        // from reported parts only.
        var columns = catalog.Indicators
            .Select(i => (Indicator: i, Values: i.Derivation is null ? observations.ValuesOf(i.Id, period) : null, Targets: targetScores.GetValueOrDefault(i.Id)))
            .ToList();
        return [.. catalog.Regions.Select(region =>
        {
            var own = findingsOf.GetValueOrDefault(region.Code, []);
            var missing = noDataOf.GetValueOrDefault(region.Code, []);
            var failing = inhibition.Fails(region.Code);
            var indicators = ImmutableArray.CreateBuilder<IndicatorScore>(columns.Count);
            foreach (var (indicator, values, scores) in columns)
            {
                var value = values is null ? observations.Value(region.Code, indicator.Id, period)
                    : values.TryGetValue(region.Code, out var reported) ? reported
                    : (double?)null;
                if (value is null)
                {
                    continue;
                }

                indicators.Add(new IndicatorScore(
                    indicator.Id,
                    value,
                    scores?.GetValueOrDefault(region.Code),
                    comparison.Scores.GetValueOrDefault((region.Code, indicator.Id)),
                    failing && indicator.Basis is Basis.YtdGrowth or Basis.PeriodGrowth));
            }

            var scored = indicators.DrainToImmutable();
            var composite = comparison.Composite.GetValueOrDefault(region.Code);
            return new RegionScorecard(
                region.Code,
                region.PeerGroup,
                scored,
                own,
                QualityOf(own, failing),
                composite?.Score,
                composite?.Rank,
                composite?.Missing ?? [],
                StandingOf(catalog.Rules, scored, own, missing, composite),
                scored.Select(i => i.Target?.LaggingStreak ?? 0).DefaultIfEmpty(0).Max(),
                region.Level)
            {
                NoData = missing,
            };
        })];
    }

    /// <summary>Fail, else warn (a check warns), else pending (required figures not in yet), else ok.</summary>
    private static QualityStatus QualityOf(ImmutableArray<Finding> own, bool failing) =>
        failing ? QualityStatus.Fail
        : own.Any(f => f.Kind == FindingKind.Quality && f.Severity >= Severity.Warning) ? QualityStatus.Warn
        : own.Any(f => f.RuleId == RuleIds.QualityCompleteness) ? QualityStatus.Pending
        : QualityStatus.Ok;

    /// <summary>
    /// Lagging on any target wins; then incomplete (a rule had no data, or required figures are missing); otherwise
    /// leading by a clear target margin or a top composite rank.
    /// </summary>
    private static Standing StandingOf(RuleSet rules, ImmutableArray<IndicatorScore> indicators, ImmutableArray<Finding> own, ImmutableArray<Finding> noData, CompositeScore? composite)
    {
        var targets = indicators.Select(i => i.Target).OfType<TargetScore>().ToList();
        if (targets.Any(t => TargetBands.IsLagging(rules.Targets, t.Band)))
        {
            return Standing.Lagging;
        }

        if (!noData.IsEmpty || own.Any(f => f.RuleId == RuleIds.QualityCompleteness))
        {
            return Standing.Incomplete;
        }

        var aheadOfTarget = targets.Any(t => t.Gap >= rules.Targets.LeadingAtGap);
        var topComposite = composite?.Rank is { } rank && rank <= rules.Comparison.LeadingTopN;
        return aheadOfTarget || topComposite ? Standing.Leading : Standing.Normal;
    }
}
