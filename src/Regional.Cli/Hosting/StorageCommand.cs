using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regional.Catalogs;
using Regional.Cli.Files;

namespace Regional.Cli.Hosting;

/// <summary>
/// Runs the body of a storage command: loads the catalog (exit 2 with every problem when it is bad), builds the
/// services, and turns an unreachable or refusing storage account into one clear message and exit 3.
/// </summary>
internal static class StorageCommand
{
    public static async Task<int> RunAsync(
        CliContext context,
        string? catalogDirectory,
        string? storage,
        Func<IServiceProvider, Catalog, Task<int>> body)
    {
        var catalog = CatalogFolder.Load(catalogDirectory, context.Error);
        if (catalog is null)
        {
            return ExitCodes.BadInput;
        }

        try
        {
            await using var services = CliServices.Build(context, catalog, CatalogFolder.Resolve(catalogDirectory), storage);
            return await body(services, catalog).ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            await context.Error.WriteLineAsync($"error: storage settings are invalid: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            await context.Error.WriteLineAsync(
                $"error: storage did not answer or refused the request: {Describe(ex)}{Environment.NewLine}" +
                "Locally, start the emulator with scripts/azurite.sh start, or name another account with --storage or REGIONAL_STORAGE.").ConfigureAwait(false);
            return ExitCodes.StorageFailed;
        }
    }

    internal static bool IsStorageFailure(Exception ex) => ex switch
    {
        RequestFailedException or HttpRequestException => true,

        // A network operation that exceeded its timeout: storage did not answer. (The SDK reports it as a cancellation
        // that names the timeout; the CLI's own cancellation has no such message.)
        OperationCanceledException canceled => canceled.InnerException is TimeoutException || canceled.Message.Contains("timeout", StringComparison.OrdinalIgnoreCase),
        AggregateException aggregate => aggregate.InnerExceptions.All(IsStorageFailure),
        _ => false,
    };

    internal static string Describe(Exception ex) => ex switch
    {
        AggregateException aggregate => Describe(aggregate.InnerExceptions[^1]),
        RequestFailedException { Status: > 0 } failed => $"{failed.Status} {failed.ErrorCode}: {FirstLine(failed.Message)}",
        _ => FirstLine(ex.Message),
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
