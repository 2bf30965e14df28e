namespace Regional.Engine.Comparison;

/// <summary>
/// Each region's contribution to provincial growth in percentage points: its growth times its share of the weight
/// (GDP level) among the compared regions that report both. The contributions add up to the weighted growth of
/// those regions.
/// </summary>
internal static class GrowthContribution
{
    public static Dictionary<string, double> Compute(
        IReadOnlyList<(string Code, double Value)> growth,
        IReadOnlyDictionary<string, double> weights)
    {
        var total = 0.0;
        foreach (var (code, _) in growth)
        {
            if (weights.TryGetValue(code, out var weight))
            {
                total += weight;
            }
        }

        var contributions = new Dictionary<string, double>(growth.Count, StringComparer.Ordinal);
        if (total == 0)
        {
            return contributions;
        }

        foreach (var (code, value) in growth)
        {
            if (weights.TryGetValue(code, out var weight))
            {
                contributions[code] = value * weight / total;
            }
        }

        return contributions;
    }
}
