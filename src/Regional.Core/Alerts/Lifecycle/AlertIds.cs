using Regional.Periods;

namespace Regional.Alerts.Lifecycle;

/// <summary>
/// The id of an alert episode: its key and the period it started in, e.g. <c>510400.growth-target.gdp_growth.2025-Q1</c>.
/// Readable, typeable on a command line, and derived from the alert state alone, so no lookup is needed to find it.
/// </summary>
public static class AlertIds
{
    public static string For(AlertKey key, Period startedPeriod) => $"{key.Id}.{startedPeriod}";

    public static string For(AlertState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return For(state.Key, state.StartedPeriod);
    }

    /// <summary>The period an episode started in, read from its id (periods hold no '.'); false for another form.</summary>
    public static bool TryStartedPeriod(string id, out Period startedPeriod)
    {
        ArgumentNullException.ThrowIfNull(id);
        var dot = id.LastIndexOf('.');
        startedPeriod = default;
        return dot > 0 && Period.TryParse(id[(dot + 1)..], out startedPeriod);
    }
}
