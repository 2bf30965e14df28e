using System.Globalization;
using Regional.Storage;
using Spectre.Console;

namespace Regional.Cli.Output;

/// <summary>Recorded submissions: a day's list, and one submission with every problem.</summary>
internal static class SubmissionTables
{
    public static void WriteList(IAnsiConsole console, DateOnly day, IReadOnlyList<SubmissionSummary> submissions)
    {
        if (submissions.Count == 0)
        {
            console.MarkupLineInterpolated($"[grey]No submissions received on {day:yyyy-MM-dd} (UTC).[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title($"[bold]Submissions received on {day:yyyy-MM-dd} (UTC)[/]");
        table.AddColumn("Received");
        table.AddColumn("Submission");
        table.AddColumn("Source");
        table.AddColumn("Format");
        table.AddColumn("Status");
        table.AddColumn(new TableColumn("Figures").RightAligned());
        table.AddColumn(new TableColumn("Problems").RightAligned());
        foreach (var s in submissions)
        {
            table.AddRow(
                s.ReceivedAt.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(s.Id),
                Markup.Escape(s.Source),
                Markup.Escape(s.Format),
                StatusMarkup(s.Status),
                s.Counts.Received.ToString(CultureInfo.InvariantCulture),
                s.ProblemCount.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    public static void WriteOne(IAnsiConsole console, SubmissionRecord submission)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("Submission", Markup.Escape(submission.Id));
        grid.AddRow("Status", StatusMarkup(submission.Status));
        grid.AddRow("Received", submission.ReceivedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        grid.AddRow("Source", Markup.Escape(submission.Source));
        grid.AddRow("Format", Markup.Escape(submission.Format));
        grid.AddRow("Raw payload", Markup.Escape(submission.PayloadBlobName));
        var c = submission.Counts;
        grid.AddRow("Figures", string.Create(CultureInfo.InvariantCulture, $"{c.Received} received, {c.Accepted} accepted, {c.Rejected} rejected; {c.Added} new, {c.Revised} revised, {c.Unchanged} unchanged; {c.Ignored} ignored (series no dataflow mapping selects)"));
        console.Write(grid);
        if (submission.Problems.IsDefaultOrEmpty)
        {
            console.MarkupLine("[green]No problems.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title($"[bold]{submission.Problems.Length} problem(s)[/]");
        table.AddColumn(new TableColumn("Line").RightAligned());
        table.AddColumn("Field");
        table.AddColumn("Code");
        table.AddColumn("Reason");
        foreach (var p in submission.Problems)
        {
            table.AddRow(
                p.Line?.ToString(CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(p.Field ?? ""),
                Markup.Escape(p.Code),
                Markup.Escape(p.Reason));
        }

        console.Write(table);
    }

    private static string StatusMarkup(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Rejected => "[red]rejected[/]",
        SubmissionStatus.Accepted => "[yellow]accepted[/]",
        SubmissionStatus.Processed => "[green]processed[/]",
        _ => status.ToString().ToLowerInvariant(),
    };
}
