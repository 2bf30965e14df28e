using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Regional.Azure.Blobs;
using Regional.Azure.Queues;
using Regional.Azure.Tables;
using Regional.Storage;

namespace Regional.Azure.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the storage ports on Table, Blob and Queue storage. Settings under <c>Storage</c>: a connection string
    /// for Azurite, or the three service URIs with DefaultAzureCredential; table, container and queue names default
    /// to <see cref="StorageOptions"/>'s values.
    /// </summary>
    public static IServiceCollection AddRegionalStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddAzureClients(clients =>
        {
            // Built only when a service URI is used: the Azurite connection string needs no credential.
            clients.UseCredential(_ => new DefaultAzureCredential());
            clients.AddClient<TableServiceClient, TableClientOptions>((clientOptions, credential, provider) =>
            {
                var storage = Settings(provider);
                return HasConnectionString(storage)
                    ? new TableServiceClient(storage.ConnectionString, clientOptions)
                    : new TableServiceClient(storage.TableServiceUri, credential, clientOptions);
            });
            clients.AddClient<BlobServiceClient, BlobClientOptions>((clientOptions, credential, provider) =>
            {
                var storage = Settings(provider);
                return HasConnectionString(storage)
                    ? new BlobServiceClient(storage.ConnectionString, clientOptions)
                    : new BlobServiceClient(storage.BlobServiceUri, credential, clientOptions);
            });
            clients.AddClient<QueueServiceClient, QueueClientOptions>((clientOptions, credential, provider) =>
            {
                // The Functions queue trigger reads Base64 messages by default; send what it reads.
                clientOptions.MessageEncoding = QueueMessageEncoding.Base64;
                var storage = Settings(provider);
                return HasConnectionString(storage)
                    ? new QueueServiceClient(storage.ConnectionString, clientOptions)
                    : new QueueServiceClient(storage.QueueServiceUri, credential, clientOptions);
            });
        });

        services.TryAddSingleton<StorageInitializer>();
        services.TryAddSingleton<BlobCatalogArchive>();
        services.TryAddSingleton<IObservationStore, TableObservationStore>();
        services.TryAddSingleton<ISubmissionStore, TableSubmissionStore>();
        services.TryAddSingleton<IEvaluationStore, TableEvaluationStore>();
        services.TryAddSingleton<IAlertStateStore, TableAlertStateStore>();
        services.TryAddSingleton<IRawPayloadArchive, BlobRawPayloadArchive>();
        services.TryAddSingleton<IWorkQueue, StorageWorkQueue>();
        return services;
    }

    private static StorageOptions Settings(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static bool HasConnectionString(StorageOptions storage) => !string.IsNullOrWhiteSpace(storage.ConnectionString);
}
