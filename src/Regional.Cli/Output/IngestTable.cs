using System.Globalization;
using Regional.Cli.Hosting;
using Spectre.Console;

namespace Regional.Cli.Output;

/// <summary>The outcome of an ingest run: one row per file with every reason a file was rejected, or counts only.</summary>
internal static class IngestTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<FileIngestResult> results)
    {
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Ingested files[/]");
        table.AddColumn("File");
        table.AddColumn("Submission");
        table.AddColumn("Result");
        table.AddColumn("Figures");
        table.AddColumn("Problems");
        foreach (var result in results)
        {
            var submission = result.Outcome?.Submission;
            var problems = submission?.Problems ?? result.File.Verdict.Problems;
            table.AddRow(
                Markup.Escape(Path.GetFileName(result.File.Path)),
                Markup.Escape(submission?.Id ?? result.File.Parsed.SubmissionId ?? ""),
                ResultMarkup(result),
                submission is { } s && result.Accepted
                    ? string.Create(CultureInfo.InvariantCulture, $"{s.Counts.Accepted} ({s.Counts.Added} new, {s.Counts.Revised} revised, {s.Counts.Unchanged} unchanged)")
                    : "",
                Markup.Escape(string.Join("\n", problems.Select(p => p.ToString()))));
        }

        console.Write(table);
        WriteSummary(console, results);
    }

    public static void WriteSummary(IAnsiConsole console, IReadOnlyList<FileIngestResult> results)
    {
        var counts = results.GroupBy(r => r.Result).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        console.MarkupLineInterpolated($"{results.Count} files: {string.Join(", ", counts)}.");
    }

    private static string ResultMarkup(FileIngestResult result) => result.Result switch
    {
        "accepted" => "[green]accepted[/]",
        "already ingested" => "[grey]already ingested[/]",
        var other => $"[red]{Markup.Escape(other)}[/]",
    };
}
