using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Regional.Catalogs;
using Regional.Cli.Files;
using Regional.Cli.Hosting;
using Regional.Cli.Output;
using Regional.Engine;
using Regional.Periods;
using Regional.Pipeline;

namespace Regional.Cli.Commands;

/// <summary>
/// <c>regional evaluate --period P</c>. With <c>--data FILE...</c> the files are evaluated without storage (every
/// period of the data up to P, in order); without it the period is evaluated from storage and the results are stored.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var catalog = CommonOptions.Catalog();
        var storage = CommonOptions.Storage();
        var period = CommonOptions.ForPeriod(required: true);
        var format = CommonOptions.Format();
        var data = new Option<string[]>("--data")
        {
            Description = "Submission files (JSON envelope, SDMX-CSV, SDMX-JSON) to evaluate without storage",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("evaluate", "Evaluate a period: submission files without storage (--data), or the stored figures (results are stored)")
        {
            catalog, data, period, format, storage,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var files = parse.GetValue(data) ?? [];
            var options = (Catalog: parse.GetValue(catalog), Period: parse.GetValue(period), Format: parse.GetValue(format));
            if (files.Length == 0)
            {
                return FromStorageAsync(context, options.Catalog, parse.GetValue(storage), options.Period, options.Format, cancellationToken);
            }

            if (parse.GetValue(storage) is not null)
            {
                context.Error.WriteLine("error: --storage applies when evaluating stored figures; with --data nothing is read from storage.");
                return Task.FromResult(ExitCodes.BadInput);
            }

            return FromFilesAsync(context, options.Catalog, files, options.Period, options.Format, cancellationToken);
        });
        return command;
    }

    private static async Task<int> FromFilesAsync(CliContext context, string? catalogDirectory, string[] paths, Period period, OutputFormat format, CancellationToken cancellationToken)
    {
        var catalog = CatalogFolder.Load(catalogDirectory, context.Error);
        if (catalog is null)
        {
            return ExitCodes.BadInput;
        }

        var now = context.Clock.GetUtcNow();
        var files = await SubmissionFiles.ReadAllAsync(paths, catalog, now, cancellationToken).ConfigureAwait(false);
        if (files.Any(f => !f.IsAccepted))
        {
            SubmissionFiles.WriteProblems(files, context.Error);
            return ExitCodes.BadInput;
        }

        var results = SubmissionReplay.Evaluate(catalog, files, period, now);
        Write(context, catalog, results[^1], format);
        return ExitCodes.Success;
    }

    private static Task<int> FromStorageAsync(CliContext context, string? catalogDirectory, string? storage, Period period, OutputFormat format, CancellationToken cancellationToken) =>
        StorageCommand.RunAsync(context, catalogDirectory, storage, async (services, catalog) =>
        {
            var result = await services.GetRequiredService<EvaluationPipeline>().EvaluateAsync(period, cancellationToken: cancellationToken).ConfigureAwait(false);
            Write(context, catalog, result, format);
            return ExitCodes.Success;
        });

    internal static void Write(CliContext context, Catalog catalog, EvaluationResult result, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                ResultJson.Write(context.Out, result);
                break;
            case OutputFormat.Csv:
                ScorecardCsv.Write(context.Out, catalog, result);
                break;
            default:
                ScorecardTable.Write(context.Console, catalog, result);
                ScorecardTable.WriteAlerts(context.Console, result);
                break;
        }
    }
}
