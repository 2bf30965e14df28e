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
        var command = new Command("scorecard", "Show the stored scorecard of an evaluated period")
        {
            period, format, catalog, storage,
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
