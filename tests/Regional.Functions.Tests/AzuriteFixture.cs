using Azure.Storage.Queues;

namespace Regional.Functions.Tests;

/// <summary>
/// The storage emulator the function tests run against, from REGIONAL_STORAGE_CONNECTION (default: the Azurite
/// development account). When it does not answer the tests fail, saying how to start it.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "REGIONAL_STORAGE_CONNECTION";

    public string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true";

    public async Task InitializeAsync()
    {
        var queues = new QueueServiceClient(ConnectionString, new QueueClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } });
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await queues.GetPropertiesAsync(timeout.Token);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException(
                $"The storage emulator does not answer at {queues.Uri}. Start it with `scripts/azurite.sh start` " +
                $"(or point {ConnectionVariable} at a reachable storage account). Cause: {ex.Message}",
                ex);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
