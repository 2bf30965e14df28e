using Regional.Alerts;
using Regional.Engine;
using Spectre.Console;

namespace Regional.Cli.Output;

/// <summary>The notifications raised over several evaluations (new, escalated, resolved), oldest period first, in both languages.</summary>
internal static class AlertsTable
{
    public static void Write(IAnsiConsole console, IEnumerable<EvaluationResult> results)
    {
        var transitions = results.SelectMany(r => r.Transitions).ToList();
        var notified = transitions.Where(t => t.Notify).ToList();
        if (notified.Count == 0)
        {
            console.MarkupLine("[grey]No alerts raised.[/]");
        }
        else
        {
            var table = new Table().Border(TableBorder.Simple).Title("[bold]Alerts raised[/]");
            table.AddColumn("Period");
            table.AddColumn("Kind");
            table.AddColumn("Severity");
            table.AddColumn("Message");
            foreach (var t in notified)
            {
                table.AddRow(
                    t.Period.ToString(),
                    KindMarkup(t.Kind),
                    Markup.Escape(t.Severity.ToString().ToLowerInvariant()),
                    Markup.Escape(t.MessageEn) + "\n[grey]" + Markup.Escape(t.MessageZh) + "[/]");
            }

            console.Write(table);
        }

        var silent = transitions.Count - notified.Count;
        if (silent > 0)
        {
            console.MarkupLineInterpolated($"[grey]{silent} further transitions recorded without notification (de-escalated or inhibited by a data-quality failure).[/]");
        }
    }

    private static string KindMarkup(TransitionKind kind) => kind switch
    {
        TransitionKind.New => "[red]new[/]",
        TransitionKind.Escalated => "[darkorange]escalated[/]",
        TransitionKind.Resolved => "[green]resolved[/]",
        _ => Markup.Escape(kind.ToString().ToLowerInvariant()),
    };
}
