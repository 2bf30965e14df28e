using System.CommandLine;
using Regional.Cli.Files;
using Regional.Observations;
using Regional.Periods;
using Regional.Sample;
using Regional.Spreadsheets;
using Spectre.Console;

namespace Regional.Cli.Commands;

/// <summary>
/// <c>regional template --period P [--region R...] --out FILE.xlsx [--fill-sample]</c>: the Excel reporting template of
/// a period, generated from the catalog; with <c>--fill-sample</c> filled with the sample generator's SYNTHETIC figures,
/// as a bureau's staff would fill it.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var catalog = CommonOptions.Catalog();
        var period = CommonOptions.ForPeriod(required: true);
        var regions = new Option<string[]>("--region") { Description = "Region codes to list (repeat); default: every compared region", HelpName = "R", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "The .xlsx file to write", HelpName = "FILE.xlsx", Required = true };
        var fill = new Option<bool>("--fill-sample") { Description = "Fill the value and status cells with the sample generator's SYNTHETIC figures of the period" };
        var command = new Command("template", "Write the Excel reporting template of a period (one row per region and required indicator)")
        {
            period, regions, output, fill, catalog,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var loaded = CatalogFolder.Load(parse.GetValue(catalog), context.Error);
            if (loaded is null)
            {
                return ExitCodes.BadInput;
            }

            var codes = parse.GetValue(regions) ?? [];
            var unknown = codes.Where(c => loaded.FindRegion(c) is null).ToList();
            if (unknown.Count > 0)
            {
                await context.Error.WriteLineAsync($"error: --region {string.Join(", ", unknown)}: not a region of catalog {loaded.Info.Id} {loaded.Info.Version}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var wanted = parse.GetValue(period);
            using var workbook = new MemoryStream();
            TemplateWriter.Write(loaded, wanted, [.. codes.Select(c => loaded.FindRegion(c)!)], workbook);
            var filled = 0;
            if (parse.GetValue(fill))
            {
                var figures = SampleFigures(loaded, wanted);
                var outside = TemplateFiller.Fill(workbook, figures);
                filled = figures.Count - outside.Count;
            }

            var path = Path.GetFullPath(parse.GetValue(output)!);
            await File.WriteAllBytesAsync(path, workbook.ToArray(), cancellationToken).ConfigureAwait(false);
            var rows = TemplateWriter.Rows(loaded, codes.Length > 0 ? [.. codes.Select(c => loaded.FindRegion(c)!)] : loaded.ComparedRegions).Count;
            context.Console.MarkupLineInterpolated($"Wrote the {wanted} template of catalog {loaded.Info.Id} {loaded.Info.Version} to {path}: [bold]{rows}[/] rows.");
            if (parse.GetValue(fill))
            {
                context.Console.MarkupLineInterpolated($"Filled [bold]{filled}[/] value cells with SYNTHETIC sample figures.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The sample generator's latest figure of each key in the period.</summary>
    internal static List<(ObservationKey Key, double Value, ObservationStatus Status)> SampleFigures(Catalogs.Catalog catalog, Period period, int seed = SampleDataGenerator.DefaultSeed) =>
        [.. SampleDataGenerator.Generate(catalog, seed).Envelopes
            .OrderBy(e => e.SubmittedAt)
            .SelectMany(e => e.Observations)
            .Where(o => o.Value is not null && Period.TryParse(o.Period, out var p, out _) && p == period)
            .GroupBy(o => (o.Region, o.Indicator))
            .Select(g => g.Last())
            .Select(o => (new ObservationKey(o.Region, o.Indicator, period), o.Value!.Value, o.Status ?? ObservationStatus.Provisional))];
}
