using Regional.Catalogs;

namespace Regional.Alerts.Lifecycle;

/// <summary>
/// When a still-firing critical alert is notified again: <see cref="AlertRules.RepeatAfter"/> after it was last
/// notified, each following reminder <see cref="AlertRules.RepeatBackoff"/> times later than the one before, never
/// more than <see cref="AlertRules.RepeatMax"/> apart (1 day, 2 days, 4 days, 7 days, 7 days, ...).
/// </summary>
public static class ReminderSchedule
{
    public static TimeSpan Interval(AlertRules rules, int remindersSent)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var max = rules.RepeatMax > TimeSpan.Zero ? rules.RepeatMax : TimeSpan.MaxValue;
        var ticks = rules.RepeatAfter.Ticks * Math.Pow(rules.RepeatBackoff, Math.Max(0, remindersSent));
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>The time the next reminder is due, or null when the alert gets none.</summary>
    public static DateTimeOffset? NextDue(AlertRules rules, AlertRecord record)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(record);
        var e = record.Episode;
        var wanted = rules.RepeatCritical
            && rules.RepeatAfter > TimeSpan.Zero
            && e is { Condition: AlertCondition.Firing, Severity: Severity.Critical, Inhibited: false, HeldBy: null }

            // Once someone owns the alert, the follow-up of their due date takes over from reminders.
            && record.Response.Status == AlertResponseStatus.New;
        return wanted && e.LastNotifiedAt is { } last ? last + Interval(rules, e.Reminders) : null;
    }
}
