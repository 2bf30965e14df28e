using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Engine.Comparison;

/// <summary>
/// Each region's contribution to provincial growth in percentage points: its growth times its share of the weight
/// (GDP level) among the compared regions that report both. The contributions add up to the weighted growth of
/// those regions.
/// </summary>
internal static class GrowthContribution
{
    /// <summary>Contributions in the order of <paramref name="growth"/>; null where a region has no weight.</summary>
    public static double?[] Compute(IndicatorValues growth, IReadOnlyDictionary<string, double> weights, ImmutableArray<Region> compared)
    {
        var regionWeights = new double?[growth.Count];
        var total = 0.0;
        for (var i = 0; i < growth.Count; i++)
        {
            if (weights.TryGetValue(compared[growth.Positions[i]].Code, out var weight))
            {
                regionWeights[i] = weight;
                total += weight;
            }
        }

        var contributions = new double?[growth.Count];
        if (total == 0)
        {
            return contributions;
        }

        for (var i = 0; i < growth.Count; i++)
        {
            contributions[i] = regionWeights[i] * growth.Values[i] / total;
        }

        return contributions;
    }
}
