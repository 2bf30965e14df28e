using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Regional.Azure.Storage;
using Regional.Cli.Hosting;
using Regional.Cli.Output;
using Spectre.Console;

namespace Regional.Cli.Commands;

/// <summary>
/// <c>regional ingest FILE...</c>: ingests files through the ingestion pipeline in submission order, then (unless
/// <c>--no-evaluate</c>) evaluates the periods ingestion asked for, so one command leaves storage fully evaluated.
/// Exit 0 when every file was accepted, 1 when any was rejected.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var catalog = CommonOptions.Catalog();
        var storage = CommonOptions.Storage();
        var files = new Argument<string[]>("FILE") { Description = "Submission files (JSON envelope, SDMX-CSV, SDMX-JSON)", Arity = ArgumentArity.OneOrMore };
        var noEvaluate = new Option<bool>("--no-evaluate") { Description = "Only ingest; leave the evaluation requests on the queue for the evaluation function" };
        var command = new Command("ingest", "Ingest submission files into storage, then evaluate the affected periods")
        {
            files, noEvaluate, catalog, storage,
        };
        command.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, parse.GetValue(catalog), parse.GetValue(storage), async (services, loaded) =>
            {
                await services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
                var results = await FileIngestion.RunAsync(context, services, loaded, parse.GetValue(files)!, cancellationToken).ConfigureAwait(false);
                IngestTable.Write(context.Console, results);
                if (!parse.GetValue(noEvaluate))
                {
                    var evaluations = await services.GetRequiredService<EvaluationQueueDrain>().DrainAsync(cancellationToken).ConfigureAwait(false);
                    context.Console.MarkupLineInterpolated($"Evaluated {evaluations.Count} period(s): {string.Join(", ", evaluations.Select(e => e.Period.ToString()))}.");
                    AlertsTable.Write(context.Console, evaluations);
                }

                return results.All(r => r.Accepted) ? ExitCodes.Success : ExitCodes.Rejected;
            }));
        return command;
    }
}
