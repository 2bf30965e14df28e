using Regional.Catalogs;
using Regional.Sample;
using Spectre.Console;

namespace Regional.Cli.Output;

/// <summary>The cases planted in a synthetic sample, one row each.</summary>
internal static class PlantedCaseTable
{
    public static void Write(IAnsiConsole console, Catalog catalog, SampleManifest manifest)
    {
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Planted cases (synthetic data)[/]");
        table.AddColumn("Case");
        table.AddColumn("Region");
        table.AddColumn("Rule");
        table.AddColumn("Periods");
        table.AddColumn("What");
        foreach (var planted in manifest.Cases)
        {
            table.AddRow(
                Markup.Escape(planted.Id),
                Markup.Escape(catalog.FindRegion(planted.RegionCode)?.NameEn ?? planted.RegionCode),
                Markup.Escape(planted.RuleId),
                Markup.Escape(string.Join(", ", planted.Periods)),
                Markup.Escape(planted.Description));
        }

        console.Write(table);
    }
}
