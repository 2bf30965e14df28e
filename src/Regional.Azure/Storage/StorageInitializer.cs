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
    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default) => CreateMissingAsync(cancellationToken);

    /// <summary>Creates what is missing and tells, for every table, container and queue, whether it was created now.</summary>
    public async Task<IReadOnlyList<StorageResource>> CreateMissingAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var created = await Task.WhenAll(
            settings.Tables.Select(name => CreateTableAsync(name, cancellationToken))
                .Concat(settings.Containers.Select(name => CreateContainerAsync(name, cancellationToken)))
                .Concat(settings.Queues.Select(name => CreateQueueAsync(name, cancellationToken))))
            .ConfigureAwait(false);
        return created;
    }

    private async Task<StorageResource> CreateTableAsync(string name, CancellationToken cancellationToken)
    {
        // An existing table answers 409 Conflict, which the client returns rather than throws.
        var response = await tables.CreateTableIfNotExistsAsync(name, cancellationToken).ConfigureAwait(false);
        return new StorageResource(StorageResourceKind.Table, name, response.GetRawResponse().Status != 409);
    }

    private async Task<StorageResource> CreateContainerAsync(string name, CancellationToken cancellationToken)
    {
        var response = await blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return new StorageResource(StorageResourceKind.Container, name, response is not null);
    }

    private async Task<StorageResource> CreateQueueAsync(string name, CancellationToken cancellationToken)
    {
        var response = await queues.GetQueueClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return new StorageResource(StorageResourceKind.Queue, name, response is not null && response.Status == 201);
    }
}

public enum StorageResourceKind
{
    Table,
    Container,
    Queue,
}

/// <summary>A table, container or queue, and whether <see cref="StorageInitializer"/> created it (false: it existed).</summary>
public sealed record StorageResource(StorageResourceKind Kind, string Name, bool Created);
