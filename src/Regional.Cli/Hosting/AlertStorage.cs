using Microsoft.Extensions.DependencyInjection;
using Regional.Azure.Storage;

namespace Regional.Cli.Hosting;

/// <summary>
/// The alert commands may be the first to touch a fresh account (a silence set before any evaluation): they create
/// whatever tables are missing, as the Functions host does at start. Idempotent.
/// </summary>
internal static class AlertStorage
{
    public static Task EnsureAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync(cancellationToken);
}
