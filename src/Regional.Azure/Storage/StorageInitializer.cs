using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Regional.Azure.Storage;

/// <summary>Creates the configured tables, containers and queues that do not exist yet; safe to run any number of times.</summary>
public sealed class StorageInitializer(
    TableServiceClient tables,
    BlobServiceClient blobs,
    QueueServiceClient queues,
    IOptions<StorageOptions> options)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        await Task.WhenAll(
            settings.Tables.Select(name => (Task)tables.CreateTableIfNotExistsAsync(name, cancellationToken))
                .Concat(settings.Containers.Select(name => (Task)blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken)))
                .Concat(settings.Queues.Select(name => (Task)queues.GetQueueClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken))))
            .ConfigureAwait(false);
    }
}
