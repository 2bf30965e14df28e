using Microsoft.Extensions.DependencyInjection;
using Regional.Catalogs;
using Regional.Cli.Files;
using Regional.Pipeline;
using Spectre.Console;

namespace Regional.Cli.Hosting;

/// <summary>What ingesting one file did: the pipeline's outcome, or the reason the file could not be read at all.</summary>
internal sealed record FileIngestResult(SubmissionFile File, IngestOutcome? Outcome)
{
    public bool Accepted => Outcome?.Accepted ?? false;

    public string Result => Outcome switch
    {
        null => "rejected",
        { AlreadyIngested: true, Accepted: true } => "already ingested",
        { AlreadyIngested: true } => "already ingested (rejected)",
        { Accepted: true } => "accepted",
        _ => "rejected",
    };
}

/// <summary>
/// Ingests files through the same pipeline the queue-triggered function runs, in the order they were submitted
/// (figures become vintages in arrival order), with a progress bar.
/// </summary>
internal static class FileIngestion
{
    public static async Task<IReadOnlyList<FileIngestResult>> RunAsync(CliContext context, IServiceProvider services, Catalog catalog, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var files = await SubmissionFiles.ReadAllAsync(paths, catalog, context.Clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var pipeline = services.GetRequiredService<IngestionPipeline>();
        var results = new List<FileIngestResult>(files.Count);
        await context.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Ingesting {files.Count} files", maxValue: Math.Max(1, files.Count));
                foreach (var file in files)
                {
                    results.Add(await IngestAsync(context, pipeline, file, cancellationToken).ConfigureAwait(false));
                    task.Increment(1);
                }

                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return results;
    }

    private static async Task<FileIngestResult> IngestAsync(CliContext context, IngestionPipeline pipeline, SubmissionFile file, CancellationToken cancellationToken)
    {
        if (file.Verdict.Problems.Any(p => p.Code == SubmissionFiles.FileUnreadable))
        {
            return new FileIngestResult(file, null);
        }

        var origin = SubmissionFiles.Origin(file.Path, context.Clock.GetUtcNow());
        var outcome = await pipeline.IngestAsync(file.Payload, SubmissionFiles.ContentType(file.Path), origin, cancellationToken).ConfigureAwait(false);
        return new FileIngestResult(file, outcome);
    }
}
