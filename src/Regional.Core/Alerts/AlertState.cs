using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Alerts;

public enum AlertCondition
{
    Firing,
    Resolved,
}

/// <summary>
/// The system condition of one alert after an evaluation. An episode starts when the condition first fires
/// (<see cref="StartedPeriod"/>, <see cref="StartedAt"/>) and ends when it resolves. <see cref="Streak"/> counts
/// consecutive evaluated periods the condition has been firing. <see cref="Inhibited"/> is true while a
/// data-quality failure mutes it. The human response (acknowledgement, owner, due date) is kept elsewhere.
/// </summary>
public sealed record AlertState(
    AlertKey Key,
    AlertCondition Condition,
    Severity Severity,
    string State,
    Period StartedPeriod,
    DateTimeOffset StartedAt,
    Period LastPeriod,
    int Streak,
    double? LastValue,
    bool Inhibited,
    Period? ResolvedPeriod = null,
    DateTimeOffset? ResolvedAt = null);
