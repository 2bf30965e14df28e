using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Engine.Comparison;

/// <summary>Ranks and compares sibling regions on every indicator of one period.</summary>
public static class RegionComparison
{
    /// <summary>
    /// A score for every (region, indicator) with a value in the period among its siblings (the children of one
    /// parent, or the top-level regions of a flat catalog), and every such region's composite score within its
    /// group. A parent is never ranked with its children; a region without siblings gets no comparison. Each
    /// indicator costs one pass over a group's values and a sort, so thousands of regions compare in a fraction of
    /// a second.
    /// </summary>
    public static ComparisonOutcome Compare(Catalog catalog, Period period, ObservationSet observations, RuleGuard? guard = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        var rules = catalog.Rules.Comparison;
        var previous = PeriodHistory.TryPrevious(period, out var before) ? before : (Period?)null;
        var scores = new ScoreTable();
        var composite = ImmutableDictionary.CreateBuilder<string, CompositeScore>(StringComparer.Ordinal);
        foreach (var group in catalog.SiblingGroups)
        {
            var compared = group.Members;
            var peerGroups = PeerGroups.Of(compared);
            var groupScores = new ScoreTable();
            foreach (var indicator in catalog.Indicators)
            {
                var current = observations.ValuesOf(indicator.Id, period);
                var values = IndicatorValues.Of(compared, current);
                if (values.Count == 0)
                {
                    continue;
                }

                var context = new IndicatorContext(
                    indicator,
                    values,
                    previous is null ? null : IndicatorValues.Of(compared, observations.ValuesOf(indicator.Id, previous.Value)),
                    group.Parent is { } parent && current.TryGetValue(parent.Code, out var parentValue) ? parentValue : null,
                    indicator.Id == rules.GrowthIndicatorId && rules.WeightIndicatorId is not null
                        ? observations.ValuesOf(rules.WeightIndicatorId, period)
                        : null,
                    rules.SdThreshold);
                if (guard is null)
                {
                    Score(context, compared, peerGroups, groupScores);
                }
                else
                {
                    // An indicator whose comparison fails leaves no scores of its own; the others are still compared.
                    var one = new ScoreTable();
                    if (guard.Run(RuleGuard.Comparison, null, indicator.Id, () => { Score(context, compared, peerGroups, one); return true; }, false))
                    {
                        groupScores.AddAll(one);
                    }
                }
            }

            scores.AddAll(groupScores);
            var groupComposite = guard is null
                ? CompositeScoring.Score(compared, rules.CompositeWeights, groupScores)
                : guard.Run(RuleGuard.Comparison, null, "composite", () => CompositeScoring.Score(compared, rules.CompositeWeights, groupScores), ImmutableDictionary<string, CompositeScore>.Empty);
            composite.AddRange(groupComposite);
        }

        return new ComparisonOutcome(scores, composite.ToImmutable());
    }

    private static void Score(
        IndicatorContext context,
        ImmutableArray<Region> compared,
        PeerGroups peerGroups,
        ScoreTable scores)
    {
        var values = context.Values;
        var direction = context.Indicator.Direction;
        var ranks = Ranking.Rank(values.Values, direction);
        var previousRanks = PreviousRanks(context.Previous, compared.Length, direction);
        var peerRanks = peerGroups.Rank(values, direction);
        var contributions = context.Weights is null ? null : GrowthContribution.Compute(values, context.Weights, compared);
        var median = Statistics.Median(values.Values);
        var standardDeviation = Statistics.PopulationStandardDeviation(values.Values);
        var min = values.Values.Min();
        var max = values.Values.Max();
        for (var i = 0; i < values.Count; i++)
        {
            var position = values.Positions[i];
            var value = values.Values[i];
            var previousRank = previousRanks?[position] ?? 0;
            scores.Set(compared[position].Code, context.Indicator.Id, new ComparisonScore(
                ranks[i],
                values.Count,
                peerRanks[i].Rank,
                peerRanks[i].Of,
                previousRank == 0 ? null : previousRank - ranks[i],
                context.Province is null ? null : value - context.Province.Value,
                value - median,
                MedianPosition.Classify(value, median, standardDeviation, context.SdThreshold, direction),
                contributions?[i],
                MinMaxNormalisation.Normalise(value, min, max, direction)), values.Count);
        }
    }

    /// <summary>Previous-period ranks by position among the compared regions; 0 where a region had no value.</summary>
    private static int[]? PreviousRanks(IndicatorValues? previous, int regionCount, Direction direction)
    {
        if (previous is null || previous.Count == 0)
        {
            return null;
        }

        var ranks = Ranking.Rank(previous.Values, direction);
        var byPosition = new int[regionCount];
        for (var i = 0; i < previous.Count; i++)
        {
            byPosition[previous.Positions[i]] = ranks[i];
        }

        return byPosition;
    }

    private sealed record IndicatorContext(
        Indicator Indicator,
        IndicatorValues Values,
        IndicatorValues? Previous,
        double? Province,
        IReadOnlyDictionary<string, double>? Weights,
        double SdThreshold);
}
