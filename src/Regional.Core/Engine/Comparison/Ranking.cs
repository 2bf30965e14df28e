using Regional.Catalogs;

namespace Regional.Engine.Comparison;

/// <summary>
/// Competition ranking ("1, 2, 2, 4"): 1 is the best value in the indicator's direction, equal values share
/// the better rank and the next rank skips the places they took.
/// </summary>
internal static class Ranking
{
    public static Dictionary<string, int> Rank(IReadOnlyList<(string Code, double Value)> values, Direction direction)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted, direction == Direction.HigherIsBetter
            ? (a, b) => b.Value.CompareTo(a.Value)
            : (a, b) => a.Value.CompareTo(b.Value));
        var ranks = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        var rank = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i].Value != sorted[i - 1].Value)
            {
                rank = i + 1;
            }

            ranks[sorted[i].Code] = rank;
        }

        return ranks;
    }
}
