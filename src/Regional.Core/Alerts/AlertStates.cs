using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Regional.Alerts;

/// <summary>Lookups over a stored alert state list.</summary>
public static class AlertStates
{
    /// <summary>One state per key; if a list holds a key twice, the most recently evaluated state counts.</summary>
    public static ImmutableDictionary<AlertKey, AlertState> Index(IEnumerable<AlertState> states) =>
        ByKey(states).ToImmutableDictionary();

    /// <summary>
    /// The same lookup as <see cref="Index"/> in a plain dictionary, for an evaluation's own use: tens of thousands
    /// of states index in one pass, where grouping and sorting each key cost a noticeable part of an evaluation.
    /// </summary>
    internal static Dictionary<AlertKey, AlertState> ByKey(IEnumerable<AlertState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var index = states.TryGetNonEnumeratedCount(out var count) ? new Dictionary<AlertKey, AlertState>(count) : [];
        foreach (var state in states)
        {
            ref var held = ref CollectionsMarshal.GetValueRefOrAddDefault(index, state.Key, out var exists);

            // Of two states as recent as each other, the later in the list wins.
            if (!exists || LatestPeriod(state) >= LatestPeriod(held!))
            {
                held = state;
            }
        }

        return index;
    }

    /// <summary>The last period an evaluation touched this state: its resolution, else its last firing period.</summary>
    public static Periods.Period LatestPeriod(AlertState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.ResolvedPeriod is { } resolved && resolved > state.LastPeriod ? resolved : state.LastPeriod;
    }
}
