using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Regional.DropFolders;

namespace Regional.Functions.DropFolder;

/// <summary>On the pull schedule, ingests the files waiting in the drop folder, each once.</summary>
public sealed partial class PullDropFolder(DropFolderPull pull, ILogger<PullDropFolder> logger)
{
    [Function(nameof(PullDropFolder))]
    public async Task Run([TimerTrigger("%PullSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            // Missed runs are not made up one by one: a single pull takes whatever is waiting.
            LogPastDue(logger, timer.ScheduleStatus?.Last);
        }

        await pull.RunAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drop-folder pull is running late (last run {LastRun:u})")]
    private static partial void LogPastDue(ILogger logger, DateTime? lastRun);
}
