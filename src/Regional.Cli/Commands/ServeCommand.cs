using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Regional.Catalogs;
using Regional.Cli.Files;
using Regional.Cli.Hosting;
using Regional.Web;

namespace Regional.Cli.Commands;

/// <summary>
/// <c>regional serve</c>: the HTTP API of the Functions app and the dashboard on Kestrel, on 127.0.0.1, until Ctrl+C.
/// Authentication is Development unless <c>Auth__Mode</c> says otherwise, and is refused in Azure as in the app.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The line that announces the address, the first thing written to standard output.</summary>
    public const string ServingPrefix = "Serving ";

    /// <summary>Below the environment and the settings given: a local host signs callers in as they say.</summary>
    private static readonly Dictionary<string, string?> Defaults = new() { ["Auth:Mode"] = "Development" };

    public static Command Create(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var catalog = CommonOptions.Catalog();
        var port = Port();
        var command = new Command("serve", "Serve the HTTP API and the dashboard on http://127.0.0.1:PORT until Ctrl+C") { port, storage, catalog };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(catalog), parse.GetValue(storage), parse.GetValue(port), cancellationToken));
        return command;
    }

    public static Option<int> Port() => new("--port")
    {
        Description = $"Loopback port to listen on (0: any free port); default {RegionalWebHost.DefaultPort}",
        HelpName = "PORT",
        DefaultValueFactory = _ => RegionalWebHost.DefaultPort,
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<int>() is < 0 or > 65535)
                {
                    result.AddError("--port must be between 0 and 65535");
                }
            },
        },
    };

    public static async Task<int> RunAsync(CliContext context, string? catalogDirectory, string? storage, int port, CancellationToken cancellationToken)
    {
        var catalog = CatalogFolder.Load(catalogDirectory, context.Error);
        return catalog is null ? ExitCodes.BadInput : await ServeAsync(context, catalog, CatalogFolder.Resolve(catalogDirectory), storage, port, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> ServeAsync(CliContext context, Catalog catalog, string catalogDirectory, string? storage, int port, CancellationToken cancellationToken)
    {
        var configuration = CliServices.Configuration(context, catalogDirectory, storage, Defaults);
        await using var app = RegionalWebHost.Build(configuration, port, services => CliServices.AddCommandServices(services, context, catalog));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await context.Error.WriteLineAsync($"error: cannot listen on 127.0.0.1:{port}: {ex.Message} Choose another with --port.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OptionsValidationException ex)
        {
            await context.Error.WriteLineAsync($"error: settings are invalid: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (StorageCommand.IsStorageFailure(ex))
        {
            await context.Error.WriteLineAsync(
                $"error: storage did not answer or refused the request: {StorageCommand.Describe(ex)}{Environment.NewLine}" +
                "Locally, start the emulator with scripts/azurite.sh start, or name another account with --storage or REGIONAL_STORAGE.").ConfigureAwait(false);
            return ExitCodes.StorageFailed;
        }

        var address = RegionalWebHost.Address(app);
        await context.Out.WriteLineAsync($"{ServingPrefix}{address} (dashboard) and {new Uri(address, "api/")} (HTTP API, {configuration["Auth:Mode"]} authentication); Ctrl+C stops.").ConfigureAwait(false);
        await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        // Ctrl+C cancels the command; SIGTERM reaches the host's own lifetime first. Either ends the serving.
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
