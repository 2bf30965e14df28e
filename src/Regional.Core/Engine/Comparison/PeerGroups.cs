using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Engine.Comparison;

/// <summary>
/// The peer group of each compared region, resolved once, and ranking within each group among the group's
/// regions with a value. Regions without a peer group get no peer rank.
/// </summary>
internal sealed class PeerGroups
{
    private readonly int[] _groupOf;
    private readonly int _groupCount;

    private PeerGroups(int[] groupOf, int groupCount)
    {
        _groupOf = groupOf;
        _groupCount = groupCount;
    }

    public static PeerGroups Of(ImmutableArray<Region> compared)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupOf = new int[compared.Length];
        for (var i = 0; i < compared.Length; i++)
        {
            var group = compared[i].PeerGroup;
            if (string.IsNullOrEmpty(group))
            {
                groupOf[i] = -1;
                continue;
            }

            if (!numbers.TryGetValue(group, out var number))
            {
                number = numbers.Count;
                numbers.Add(group, number);
            }

            groupOf[i] = number;
        }

        return new PeerGroups(groupOf, numbers.Count);
    }

    /// <summary>Peer rank and group size for each value, in the order of <paramref name="values"/>.</summary>
    public (int? Rank, int? Of)[] Rank(IndicatorValues values, Direction direction)
    {
        var result = new (int? Rank, int? Of)[values.Count];
        if (_groupCount == 0)
        {
            return result;
        }

        var members = new List<int>[_groupCount];
        for (var i = 0; i < values.Count; i++)
        {
            var group = _groupOf[values.Positions[i]];
            if (group >= 0)
            {
                (members[group] ??= []).Add(i);
            }
        }

        foreach (var group in members)
        {
            if (group is null)
            {
                continue;
            }

            var ranks = Ranking.Rank(group.Select(i => values.Values[i]).ToList(), direction);
            for (var k = 0; k < group.Count; k++)
            {
                result[group[k]] = (ranks[k], group.Count);
            }
        }

        return result;
    }
}
