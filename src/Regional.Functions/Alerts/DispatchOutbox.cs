using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Outbox;

namespace Regional.Functions.Alerts;

/// <summary>
/// On the dispatch schedule: queues what the alert check finds due (alerts released from a silence, reminders of
/// critical alerts, follow-ups past a due date), then sends everything pending in the outbox, retrying what failed.
/// Both steps are idempotent, so a late or repeated run sends nothing twice.
/// </summary>
public sealed partial class DispatchOutbox(AlertMaintenance check, OutboxDispatcher dispatcher, ILogger<DispatchOutbox> logger)
{
    [Function(nameof(DispatchOutbox))]
    public async Task Run([TimerTrigger("%DispatchSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            LogPastDue(logger, timer.ScheduleStatus?.Last);
        }

        await check.RunAsync(cancellationToken);
        await dispatcher.DispatchAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch is running late (last run {LastRun:u})")]
    private static partial void LogPastDue(ILogger logger, DateTime? lastRun);
}
