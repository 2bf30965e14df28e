using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine.Comparison;
using Regional.Engine.Quality;
using Regional.Engine.RedLines;
using Regional.Engine.Targets;

namespace Regional.Engine;

/// <summary>
/// The evaluation engine: pure, deterministic, no I/O and no clock. Figures it cannot compute with are screened out
/// first (<see cref="ArithmeticScreen"/>), and each rule runs under a <see cref="RuleGuard"/>: a rule that fails for
/// one region is a finding, and the rest of the period is still evaluated.
/// </summary>
public static class Evaluator
{
    public static EvaluationResult Evaluate(EvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var catalog = input.Catalog;
        var period = input.Period;
        var (usable, unusable) = ArithmeticScreen.Screen(catalog, period, input.Observations);
        var observations = new ObservationSet(catalog, usable);
        var previous = AlertStates.ByKey(input.PreviousAlerts);
        var guard = new RuleGuard();

        var targets = GrowthTargets.Evaluate(catalog, period, observations, previous, guard);
        var redLines = RedLineEvaluator.Evaluate(catalog, period, observations, previous, guard);
        var quality = QualityChecks.Run(catalog, period, observations, input.DeadlinePassed, guard)
            .AddRange(unusable)
            .AddRange(ArithmeticScreen.Derivations(catalog, period, observations));
        var comparison = guard.Run(RuleGuard.Comparison, null, null, () => RegionComparison.Compare(catalog, period, observations, guard), ComparisonOutcome.Empty);
        var inhibition = Inhibition.From(quality);

        var findings = InCatalogOrder(
            catalog,
            targets.Select(t => t.Finding).OfType<Finding>().Select(inhibition.Apply)
                .Concat(redLines.Select(r => r.Finding).OfType<Finding>())
                .Concat(quality));
        var noData = InCatalogOrder(catalog, MissingFigures.Growth(catalog, period, observations).Concat(MissingFigures.RedLines(catalog, period, observations, guard)));
        var scorecards = guard.Run(
            RuleGuard.Scorecards,
            null,
            null,
            () => Scorecards.Build(catalog, period, observations, targets, findings, comparison, inhibition, noData),
            []);
        var decision = guard.Run(
            RuleGuard.Alerts,
            null,
            null,
            () => AlertDecider.Decide(new AlertInput(
                catalog,
                period,
                input.EvaluatedAt,
                findings,
                Readings(targets, redLines, comparison),
                input.PreviousAlerts,
                [.. guard.Failures])),
            new AlertDecision([], input.PreviousAlerts));

        return new EvaluationResult(
            period,
            catalog.Info.Id,
            catalog.Info.Version,
            input.EvaluatedAt,
            scorecards,
            InCatalogOrder(catalog, findings.Concat(guard.Findings(catalog, period))),
            decision.Transitions,
            decision.Alerts)
        {
            NoData = noData,
        };
    }

    /// <summary>Findings by region in catalog order, then growth, red line, quality, each kind in the order its rules ran.</summary>
    private static ImmutableArray<Finding> InCatalogOrder(Catalog catalog, IEnumerable<Finding> findings)
    {
        var position = catalog.Regions.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return [.. findings
            .OrderBy(f => position.GetValueOrDefault(f.RegionCode, int.MaxValue))
            .ThenBy(f => position.ContainsKey(f.RegionCode) ? string.Empty : f.RegionCode, StringComparer.Ordinal)
            .ThenBy(f => f.Kind)];
    }

    /// <summary>Every key whose rule had data this period, with what the alert messages quote.</summary>
    private static ImmutableDictionary<AlertKey, RuleReading> Readings(
        ImmutableArray<TargetResult> targets,
        ImmutableArray<RedLineOutcome> redLines,
        ComparisonOutcome comparison)
    {
        var readings = ImmutableDictionary.CreateBuilder<AlertKey, RuleReading>();
        foreach (var t in targets)
        {
            var rank = comparison.Scores.GetValueOrDefault((t.RegionCode, t.IndicatorId));
            readings[t.Key] = new RuleReading(t.Value, t.Score.Target, t.Score.Gap, t.Score.LaggingStreak, rank?.Rank, rank?.RankOf);
        }

        foreach (var r in redLines)
        {
            var rank = comparison.Scores.GetValueOrDefault((r.Key.RegionCode, r.Key.IndicatorId));
            readings[r.Key] = new RuleReading(r.Value, r.Threshold, r.Gap, 0, rank?.Rank, rank?.RankOf);
        }

        return readings.ToImmutable();
    }
}
