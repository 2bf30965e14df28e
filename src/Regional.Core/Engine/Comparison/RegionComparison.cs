using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Engine.Comparison;

/// <summary>Ranks and compares the catalog's compared regions on every indicator of one period.</summary>
public static class RegionComparison
{
    /// <summary>
    /// A score for every (compared region, indicator) with a value in the period, and every compared region's
    /// composite score. Each indicator costs one pass over its values, so thousands of regions compare in linear-
    /// logarithmic time.
    /// </summary>
    public static ComparisonOutcome Compare(Catalog catalog, Period period, ObservationSet observations)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        var compared = catalog.ComparedRegions;
        var rules = catalog.Rules.Comparison;
        var previous = PeriodHistory.TryPrevious(period, out var before) ? before : (Period?)null;
        var scores = ImmutableDictionary.CreateBuilder<(string RegionCode, string IndicatorId), ComparisonScore>();
        foreach (var indicator in catalog.Indicators)
        {
            var current = observations.ValuesOf(indicator.Id, period);
            var values = Present(compared, current);
            if (values.Count == 0)
            {
                continue;
            }

            var weights = indicator.Id == rules.GrowthIndicatorId && rules.WeightIndicatorId is not null
                ? observations.ValuesOf(rules.WeightIndicatorId, period)
                : null;
            var previousValues = previous is null
                ? []
                : Present(compared, observations.ValuesOf(indicator.Id, previous.Value));
            var province = current.TryGetValue(catalog.Root.Code, out var root) ? root : (double?)null;
            foreach (var (code, score) in Score(catalog, indicator, values, previousValues, province, weights))
            {
                scores[(code, indicator.Id)] = score;
            }
        }

        var outcome = scores.ToImmutable();
        return new ComparisonOutcome(outcome, CompositeScoring.Score(compared, rules.CompositeWeights, outcome));
    }

    private static IEnumerable<(string Code, ComparisonScore Score)> Score(
        Catalog catalog,
        Indicator indicator,
        List<(string Code, double Value)> values,
        List<(string Code, double Value)> previousValues,
        double? province,
        IReadOnlyDictionary<string, double>? weights)
    {
        var direction = indicator.Direction;
        var ranks = Ranking.Rank(values, direction);
        var previousRanks = Ranking.Rank(previousValues, direction);
        var peerRanks = PeerRanks(catalog, values, direction);
        var contributions = weights is null ? null : GrowthContribution.Compute(values, weights);
        var median = Statistics.Median(values.Select(v => v.Value));
        var standardDeviation = Statistics.PopulationStandardDeviation(values.Select(v => v.Value).ToList());
        var min = values.Min(v => v.Value);
        var max = values.Max(v => v.Value);
        var sdThreshold = catalog.Rules.Comparison.SdThreshold;
        foreach (var (code, value) in values)
        {
            var rank = ranks[code];
            var peer = peerRanks.TryGetValue(code, out var p) ? p : ((int Rank, int Of)?)null;
            yield return (code, new ComparisonScore(
                rank,
                values.Count,
                peer?.Rank,
                peer?.Of,
                previousRanks.TryGetValue(code, out var before) ? before - rank : null,
                province is null ? null : value - province.Value,
                value - median,
                MedianPosition.Classify(value, median, standardDeviation, sdThreshold, direction),
                contributions is not null && contributions.TryGetValue(code, out var contribution) ? contribution : null,
                MinMaxNormalisation.Normalise(value, min, max, direction)));
        }
    }

    /// <summary>Rank within each peer group among the group's regions with a value; regions without a group have none.</summary>
    private static Dictionary<string, (int Rank, int Of)> PeerRanks(
        Catalog catalog,
        List<(string Code, double Value)> values,
        Direction direction)
    {
        var result = new Dictionary<string, (int Rank, int Of)>(values.Count, StringComparer.Ordinal);
        var groups = values
            .Select(v => (Value: v, Group: catalog.FindRegion(v.Code)?.PeerGroup))
            .Where(v => v.Group is not null)
            .GroupBy(v => v.Group!, v => v.Value, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.ToList();
            foreach (var (code, rank) in Ranking.Rank(members, direction))
            {
                result[code] = (rank, members.Count);
            }
        }

        return result;
    }

    private static List<(string Code, double Value)> Present(ImmutableArray<Region> compared, IReadOnlyDictionary<string, double> values)
    {
        var present = new List<(string Code, double Value)>(Math.Min(compared.Length, values.Count));
        foreach (var region in compared)
        {
            if (values.TryGetValue(region.Code, out var value))
            {
                present.Add((region.Code, value));
            }
        }

        return present;
    }
}
