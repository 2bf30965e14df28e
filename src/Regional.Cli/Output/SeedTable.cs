using Regional.Cli.Hosting;
using Spectre.Console;

namespace Regional.Cli.Output;

/// <summary>What seeding created and what was already there.</summary>
internal static class SeedTable
{
    public static void Write(IAnsiConsole console, SeedReport report)
    {
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Storage[/]");
        table.AddColumn("Kind");
        table.AddColumn("Name");
        table.AddColumn("State");
        foreach (var resource in report.Resources.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal))
        {
            table.AddRow(resource.Kind.ToString().ToLowerInvariant(), Markup.Escape(resource.Name), State(resource.Created));
        }

        foreach (var blob in report.CatalogBlobs)
        {
            table.AddRow("blob", Markup.Escape($"{report.CatalogContainer}/{blob.Name}"), State(blob.Created));
        }

        console.Write(table);
    }

    /// <summary>One line for a run that only needs to know storage is ready.</summary>
    public static void WriteSummary(IAnsiConsole console, SeedReport report)
    {
        var created = report.Resources.Count(r => r.Created) + report.CatalogBlobs.Count(b => b.Created);
        var total = report.Resources.Count + report.CatalogBlobs.Count;
        console.MarkupLineInterpolated($"Storage ready: {report.Resources.Count} tables, containers and queues, {report.CatalogBlobs.Count} catalog files ({created} of {total} created now).");
    }

    private static string State(bool created) => created ? "[green]created[/]" : "[grey]exists[/]";
}
