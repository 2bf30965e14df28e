using Regional.Catalogs;

namespace Regional.Engine.Comparison;

/// <summary>
/// Competition ranking ("1, 2, 2, 4"): 1 is the best value in the indicator's direction, equal values share
/// the better rank and the next rank skips the places they took.
/// </summary>
internal static class Ranking
{
    /// <summary>The rank of each value, in the order the values were given.</summary>
    public static int[] Rank(IReadOnlyList<double> values, Direction direction)
    {
        var keys = new double[values.Count];
        var order = new int[values.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            // Sorting ascending on the negated value puts the highest first without a comparison delegate.
            keys[i] = direction == Direction.HigherIsBetter ? -values[i] : values[i];
            order[i] = i;
        }

        Array.Sort(keys, order);
        var ranks = new int[keys.Length];
        var rank = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                rank = i + 1;
            }

            ranks[order[i]] = rank;
        }

        return ranks;
    }
}
