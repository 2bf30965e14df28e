using System.CommandLine;
using Regional.Cli.Files;
using Regional.Cli.Hosting;
using Regional.Cli.Output;
using Spectre.Console;

namespace Regional.Cli.Commands;

/// <summary><c>regional seed</c>: creates tables, queues and containers, and stores the catalog's files as blobs.</summary>
internal static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var catalog = CommonOptions.Catalog();
        var storage = CommonOptions.Storage();
        var command = new Command("seed", "Create the tables, queues and containers, and store the catalog files under catalogs/<id>/<version>/")
        {
            catalog, storage,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var folder = parse.GetValue(catalog);
            return StorageCommand.RunAsync(context, folder, parse.GetValue(storage), async (services, loaded) =>
            {
                var report = await StorageSeed.RunAsync(services, loaded, CatalogFolder.Resolve(folder), cancellationToken).ConfigureAwait(false);
                SeedTable.Write(context.Console, report);
                context.Console.MarkupLineInterpolated($"Catalog [bold]{loaded.Info.Id}[/] version {loaded.Info.Version} is seeded.");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
