using Microsoft.Extensions.Hosting;

namespace Regional.Azure.Storage;

/// <summary>Creates missing tables, containers and queues when the host starts, before any trigger runs.</summary>
internal sealed class StorageCreationAtStart(StorageInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
