using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Engine.Comparison;

/// <summary>
/// The composite score: the weighted mean of a region's normalised scores over the published weights (divided by
/// their sum, so weights need not add up to one). A region missing any weighted indicator gets no score and the
/// missing ids are listed: filling a gap with an average would rank a region on figures it never reported.
/// Weights of zero or below weigh nothing and are left out. Without any weight there is no composite.
/// </summary>
internal static class CompositeScoring
{
    public static ImmutableDictionary<string, CompositeScore> Score(
        ImmutableArray<Region> compared,
        ImmutableDictionary<string, double> weights,
        IReadOnlyDictionary<(string RegionCode, string IndicatorId), ComparisonScore> scores)
    {
        var weighted = weights
            .Where(w => w.Value > 0)
            .OrderBy(w => w.Key, StringComparer.Ordinal)
            .ToList();
        if (weighted.Count == 0)
        {
            return ImmutableDictionary<string, CompositeScore>.Empty;
        }

        var totalWeight = weighted.Sum(w => w.Value);
        var results = new List<(string Code, double? Score, ImmutableArray<string> Missing)>(compared.Length);
        foreach (var region in compared)
        {
            var sum = 0.0;
            var missing = ImmutableArray.CreateBuilder<string>();
            foreach (var (indicatorId, weight) in weighted)
            {
                if (scores.TryGetValue((region.Code, indicatorId), out var score) && score.Normalised is { } normalised)
                {
                    sum += weight * normalised;
                }
                else
                {
                    missing.Add(indicatorId);
                }
            }

            results.Add((region.Code, missing.Count == 0 ? sum / totalWeight : null, missing.ToImmutable()));
        }

        var scored = results.Where(r => r.Score is not null).ToList();
        var ranks = Ranking.Rank(scored.Select(r => r.Score!.Value).ToList(), Direction.HigherIsBetter);
        var rankOf = new Dictionary<string, int>(scored.Count, StringComparer.Ordinal);
        for (var i = 0; i < scored.Count; i++)
        {
            rankOf[scored[i].Code] = ranks[i];
        }

        var composite = ImmutableDictionary.CreateBuilder<string, CompositeScore>(StringComparer.Ordinal);
        foreach (var (code, score, missing) in results)
        {
            composite[code] = new CompositeScore(score, rankOf.TryGetValue(code, out var rank) ? rank : null, missing);
        }

        return composite.ToImmutable();
    }
}
