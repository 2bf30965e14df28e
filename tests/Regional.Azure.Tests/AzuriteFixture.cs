using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Regional.Azure.Tests;

/// <summary>
/// The storage emulator every integration test talks to. The connection comes from REGIONAL_STORAGE_CONNECTION
/// (default: the Azurite development account). An unreachable emulator fails the tests with the way to start it.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "REGIONAL_STORAGE_CONNECTION";

    public string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true";

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var tables = new TableServiceClient(ConnectionString, new TableClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } });
        var blobs = new BlobServiceClient(ConnectionString, new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } });
        var queues = new QueueServiceClient(ConnectionString, new QueueClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } });
        await Probe("table", tables.Uri, async () =>
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token))
            {
                break;
            }
        });
        await Probe("blob", blobs.Uri, () => blobs.GetPropertiesAsync(timeout.Token));
        await Probe("queue", queues.Uri, () => queues.GetPropertiesAsync(timeout.Token));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task Probe(string service, Uri endpoint, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException(
                $"The storage emulator's {service} service does not answer at {endpoint}. Start it with `scripts/azurite.sh start` " +
                $"(or point {ConnectionVariable} at a reachable storage account). Cause: {ex.Message}",
                ex);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
