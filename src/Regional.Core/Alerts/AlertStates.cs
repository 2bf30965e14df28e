using System.Collections.Immutable;

namespace Regional.Alerts;

/// <summary>Lookups over a stored alert state list.</summary>
public static class AlertStates
{
    /// <summary>One state per key; if a list holds a key twice, the most recently evaluated state counts.</summary>
    public static ImmutableDictionary<AlertKey, AlertState> Index(IEnumerable<AlertState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        return states
            .GroupBy(s => s.Key)
            .ToImmutableDictionary(g => g.Key, g => g.OrderBy(LatestPeriod).Last());
    }

    /// <summary>The last period an evaluation touched this state: its resolution, else its last firing period.</summary>
    public static Periods.Period LatestPeriod(AlertState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.ResolvedPeriod is { } resolved && resolved > state.LastPeriod ? resolved : state.LastPeriod;
    }
}
