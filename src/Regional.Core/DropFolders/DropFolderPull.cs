using Microsoft.Extensions.Logging;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.DropFolders;

/// <summary>
/// The scheduled pull: ingests every file waiting in the drop folder once. A file is claimed before it is read (two
/// runs never work on it together), ingested (a file already ingested is recognised by its content), then set aside
/// as done. A file that fails is let go and tried again by the next run; the others go on.
/// </summary>
public sealed partial class DropFolderPull(IDropFolder folder, IngestionPipeline ingestion, TimeProvider clock, ILogger<DropFolderPull> logger)
{
    public const string Channel = "drop-folder";

    /// <summary>How long one file is held; blob leases last 15 to 60 seconds.</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromSeconds(60);

    public async Task<DropFolderPullResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var ingested = new List<IngestOutcome>();
        var heldElsewhere = new List<string>();
        var failed = new List<string>();
        await foreach (var file in folder.ListPendingAsync(cancellationToken).ConfigureAwait(false))
        {
            var claim = await folder.ClaimAsync(file, ClaimDuration, cancellationToken).ConfigureAwait(false);
            if (claim is null)
            {
                heldElsewhere.Add(file.Name);
                continue;
            }

            using var scope = logger.BeginScope(new Dictionary<string, object> { ["DroppedFile"] = file.Name });
            try
            {
                var content = await folder.ReadAsync(claim, cancellationToken).ConfigureAwait(false);
                var origin = new IngestOrigin(Channel, file.Name, "drop folder", clock.GetUtcNow());
                var outcome = await ingestion.IngestAsync(content, file.ContentType, origin, cancellationToken).ConfigureAwait(false);
                await folder.MarkDoneAsync(claim, outcome.Submission.Id, outcome.Submission.Status, cancellationToken).ConfigureAwait(false);
                ingested.Add(outcome);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed.Add(file.Name);
                LogFailed(logger, ex, file.Name);
                await folder.ReleaseAsync(claim, CancellationToken.None).ConfigureAwait(false);
            }
        }

        LogPulled(logger, ingested.Count, ingested.Count(o => o.AlreadyIngested), heldElsewhere.Count, failed.Count);
        return new DropFolderPullResult(ingested, heldElsewhere, failed);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dropped file {FileName} could not be ingested; it stays for the next run")]
    private static partial void LogFailed(ILogger logger, Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Drop folder pulled: {Files} files ingested ({Repeats} seen before), {Held} held by another run, {Failed} failed")]
    private static partial void LogPulled(ILogger logger, int files, int repeats, int held, int failed);
}
