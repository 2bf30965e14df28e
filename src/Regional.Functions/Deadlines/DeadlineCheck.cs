using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Regional.Deadlines;

namespace Regional.Functions.Deadlines;

/// <summary>On the deadline schedule, raises completeness findings for the latest period whose reporting deadline has passed.</summary>
public sealed partial class DeadlineCheck(DeadlineCompleteness completeness, ILogger<DeadlineCheck> logger)
{
    [Function(nameof(DeadlineCheck))]
    public async Task Run([TimerTrigger("%DeadlineSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            // The check looks at the clock, not at the missed slot: one late run covers what was missed.
            LogPastDue(logger, timer.ScheduleStatus?.Last);
        }

        await completeness.RunAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deadline check is running late (last run {LastRun:u})")]
    private static partial void LogPastDue(ILogger logger, DateTime? lastRun);
}
