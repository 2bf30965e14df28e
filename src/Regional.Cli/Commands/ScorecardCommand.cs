using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Regional.Cli.Output;
using Regional.Cli.Hosting;
using Regional.Engine;
using Regional.Storage;

namespace Regional.Cli.Commands;

/// <summary><c>regional scorecard --period P</c>: the stored scorecard of an evaluated period.</summary>
internal static class ScorecardCommand
{
    public static Command Create(CliContext context)
    {
        var catalog = CommonOptions.Catalog();
        var storage = CommonOptions.Storage();
        var period = CommonOptions.ForPeriod(required: true);
        var format = CommonOptions.Format();
        format.Description = "Output: table (readable), json, csv, or xlsx (the league table, red lines and firing alerts as a workbook; needs --out)";
        var output = new Option<string?>("--out") { Description = "The .xlsx file to write with --format xlsx", HelpName = "FILE.xlsx" };
        var command = new Command("scorecard", "Show the stored scorecard of an evaluated period")
        {
            period, format, output, catalog, storage,
        };
        command.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, parse.GetValue(catalog), parse.GetValue(storage), async (services, loaded) =>
            {
                var wanted = parse.GetValue(period);
                var stored = await services.GetRequiredService<IEvaluationStore>().GetScorecardAsync(loaded.Info.Id, wanted, cancellationToken).ConfigureAwait(false);
                if (stored is null)
                {
                    await context.Error.WriteLineAsync($"error: {wanted} has not been evaluated for catalog {loaded.Info.Id}; ingest its figures or run 'regional evaluate --period {wanted}'.").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                if (parse.GetValue(format) == OutputFormat.Xlsx)
                {
                    if (parse.GetValue(output) is not { } file)
                    {
                        await context.Error.WriteLineAsync("error: --format xlsx needs --out FILE.xlsx").ConfigureAwait(false);
                        return ExitCodes.BadInput;
                    }

                    var view = new Api.Contracts.PeriodScorecardView(
                        loaded.Info.Id, stored.Version.CatalogVersion, wanted, stored.Version.EvaluatedAt, null,
                        [.. stored.Regions.Select(card => Api.Contracts.RegionScorecardView.Of(card, loaded.FindRegion(card.RegionCode)))]);
                    var firing = await services.GetRequiredService<IAlertStore>().ListAsync(loaded.Info.Id, Alerts.AlertCondition.Firing, cancellationToken: cancellationToken).ConfigureAwait(false);
                    var path = Path.GetFullPath(file);
                    await using (var stream = File.Create(path))
                    {
                        Spreadsheets.ScorecardWorkbook.Write(loaded, view, [.. firing.Where(a => a.Episode.StartedPeriod <= wanted && a.Episode.LastPeriod >= wanted)], stream);
                    }

                    await context.Out.WriteLineAsync($"Wrote the {wanted} scorecard workbook to {path}.").ConfigureAwait(false);
                    return ExitCodes.Success;
                }

                if (parse.GetValue(format) == OutputFormat.Json)
                {
                    ResultJson.Write(context.Out, stored);
                    return ExitCodes.Success;
                }

                var result = AsResult(stored);
                if (parse.GetValue(format) == OutputFormat.Csv)
                {
                    ScorecardCsv.Write(context.Out, loaded, result);
                }
                else
                {
                    ScorecardTable.Write(context.Console, loaded, result);
                }

                return ExitCodes.Success;
            }));
        return command;
    }

    /// <summary>A stored scorecard in the shape the renderers take (its findings are the scorecards' own).</summary>
    internal static EvaluationResult AsResult(PeriodScorecard stored) => new(
        stored.Version.Period,
        stored.Version.CatalogId,
        stored.Version.CatalogVersion,
        stored.Version.EvaluatedAt,
        stored.Regions,
        [.. stored.Regions.SelectMany(r => r.Findings)],
        [],
        []);
}
