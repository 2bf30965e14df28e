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
}
