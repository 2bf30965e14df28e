using Microsoft.Extensions.Hosting;
using Regional.Pipeline;

namespace Regional.Azure.Catalogs;

/// <summary>
/// Loads the catalog when the host starts, so a broken catalog stops the app with all its problems listed instead of
/// failing the first message (options validated on start are not relied on alone: not every host runs them).
/// </summary>
internal sealed class CatalogLoadAtStart(ICatalogProvider catalogs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = catalogs.Catalog;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
