using System.Collections.Immutable;

namespace Regional.Catalogs.Dataflows;

/// <summary>
/// Which series of a dataflow hold one catalog indicator: the dimension values that select it (series-key matching;
/// a dimension not named, or named with <c>*</c>, may take any value). <see cref="UnitMultiplier"/> is the power of ten
/// the indicator's unit stands for (8 for 亿元, 6 for million EUR, 0 for a percentage): an observation whose
/// <c>UNIT_MULT</c> differs is scaled by ten to the difference; null means the indicator's values are taken as sent
/// and any <c>UNIT_MULT</c> other than 0 is refused, because the conversion would be a guess.
/// </summary>
public sealed record SeriesSelector(string IndicatorId, ImmutableSortedDictionary<string, string> Dimensions, int? UnitMultiplier = null)
{
    public const string Wildcard = "*";

    /// <summary>True when every named dimension has the required value in <paramref name="components"/>.</summary>
    public bool Selects(IReadOnlyDictionary<string, string?> components)
    {
        foreach (var (dimension, value) in Dimensions)
        {
            if (value == Wildcard)
            {
                continue;
            }

            if (!components.TryGetValue(dimension, out var sent) || !string.Equals(sent?.Trim(), value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
