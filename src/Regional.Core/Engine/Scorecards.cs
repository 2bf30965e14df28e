using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine.Comparison;
using Regional.Engine.Targets;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Engine;

/// <summary>Assembles one scorecard per compared region, in catalog order, from the results of the rules.</summary>
public static class Scorecards
{
    public static ImmutableArray<RegionScorecard> Build(
        Catalog catalog,
        Period period,
        ObservationSet observations,
        ImmutableArray<TargetResult> targets,
        ImmutableArray<Finding> findings,
        ComparisonOutcome comparison,
        Inhibition inhibition)
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

        // A reported indicator's values are read per indicator; a derived one goes through Value, which derives it
        // from reported parts only.
        var columns = catalog.Indicators
            .Select(i => (Indicator: i, Values: i.Derivation is null ? observations.ValuesOf(i.Id, period) : null, Targets: targetScores.GetValueOrDefault(i.Id)))
            .ToList();
        return [.. catalog.ComparedRegions.Select(region =>
        {
            var own = findingsOf.GetValueOrDefault(region.Code, []);
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
                StandingOf(catalog.Rules, scored, composite),
                scored.Select(i => i.Target?.LaggingStreak ?? 0).DefaultIfEmpty(0).Max());
        })];
    }

    private static QualityStatus QualityOf(ImmutableArray<Finding> own, bool failing) =>
        failing ? QualityStatus.Fail
        : own.Any(f => f.Kind == FindingKind.Quality) ? QualityStatus.Warn
        : QualityStatus.Ok;

    /// <summary>Lagging on any target wins; otherwise leading by a clear target margin or a top composite rank.</summary>
    private static Standing StandingOf(RuleSet rules, ImmutableArray<IndicatorScore> indicators, CompositeScore? composite)
    {
        var targets = indicators.Select(i => i.Target).OfType<TargetScore>().ToList();
        if (targets.Any(t => TargetBands.IsLagging(t.Band)))
        {
            return Standing.Lagging;
        }

        var aheadOfTarget = targets.Any(t => t.Gap >= rules.Targets.LeadingAtGap);
        var topComposite = composite?.Rank is { } rank && rank <= rules.Comparison.LeadingTopN;
        return aheadOfTarget || topComposite ? Standing.Leading : Standing.Normal;
    }
}
