using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Engine.Comparison;

/// <summary>
/// The values of one indicator among the compared regions that have one, in catalog order: <see cref="Positions"/>
/// are the regions' positions in the compared list, <see cref="Values"/> the values at the same index.
/// </summary>
internal sealed class IndicatorValues
{
    private IndicatorValues(List<int> positions, List<double> values)
    {
        Positions = positions;
        Values = values;
    }

    public IReadOnlyList<int> Positions { get; }

    public IReadOnlyList<double> Values { get; }

    public int Count => Values.Count;

    public static IndicatorValues Of(ImmutableArray<Region> compared, IReadOnlyDictionary<string, double> byRegion)
    {
        var capacity = Math.Min(compared.Length, byRegion.Count);
        var positions = new List<int>(capacity);
        var values = new List<double>(capacity);
        for (var i = 0; i < compared.Length; i++)
        {
            if (byRegion.TryGetValue(compared[i].Code, out var value))
            {
                positions.Add(i);
                values.Add(value);
            }
        }

        return new IndicatorValues(positions, values);
    }
}
