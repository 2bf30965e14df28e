using Azure.Core;
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
    /// Registers the storage ports on Table, Blob and Queue storage of the account named by the
    /// <c>RegionalStorage</c> connection (<see cref="StorageConnection"/>), with table and container names from the
    /// <c>Storage</c> section and queue names from <c>IngestQueueName</c> and <c>EvaluateQueueName</c>
    /// (<see cref="StorageOptions"/>). Missing tables, containers and queues are created when the host starts.
    /// </summary>
    public static IServiceCollection AddRegionalStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageConnection>()
            .Bind(configuration.GetSection(StorageConnection.Name))
            .Configure(connection => connection.ConnectionString = configuration[StorageConnection.Name])
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Configure(storage =>
            {
                // Only the flat settings name the queues: the triggers bind to them, so nothing else may disagree.
                storage.IngestQueue = configuration[StorageOptions.IngestQueueSetting] ?? StorageOptions.DefaultIngestQueue;
                storage.EvaluateQueue = configuration[StorageOptions.EvaluateQueueSetting] ?? StorageOptions.DefaultEvaluateQueue;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddAzureClients(clients =>
        {
            // Built only when service URIs are used: a connection string needs no credential.
            clients.UseCredential(provider => Credential(Connection(provider)));
            clients.AddClient<TableServiceClient, TableClientOptions>((clientOptions, credential, provider) =>
            {
                provider.GetRequiredService<StorageRetryBudget>().Apply(clientOptions);
                var connection = Connection(provider);
                return connection.UsesConnectionString
                    ? new TableServiceClient(connection.ConnectionString, clientOptions)
                    : new TableServiceClient(connection.TableServiceUri, credential, clientOptions);
            });
            clients.AddClient<BlobServiceClient, BlobClientOptions>((clientOptions, credential, provider) =>
            {
                provider.GetRequiredService<StorageRetryBudget>().Apply(clientOptions);
                var connection = Connection(provider);
                return connection.UsesConnectionString
                    ? new BlobServiceClient(connection.ConnectionString, clientOptions)
                    : new BlobServiceClient(connection.BlobServiceUri, credential, clientOptions);
            });
            clients.AddClient<QueueServiceClient, QueueClientOptions>((clientOptions, credential, provider) =>
            {
                // The Functions queue trigger reads Base64 messages by default; send what it reads.
                clientOptions.MessageEncoding = QueueMessageEncoding.Base64;
                provider.GetRequiredService<StorageRetryBudget>().Apply(clientOptions);
                var connection = Connection(provider);
                return connection.UsesConnectionString
                    ? new QueueServiceClient(connection.ConnectionString, clientOptions)
                    : new QueueServiceClient(connection.QueueServiceUri, credential, clientOptions);
            });
        });

        services.TryAddSingleton<StorageRetryBudget>();
        services.TryAddSingleton<StorageInitializer>();
        services.TryAddSingleton<BlobCatalogArchive>();
        services.AddHostedService<StorageCreationAtStart>();
        services.TryAddSingleton<IObservationStore, TableObservationStore>();
        services.TryAddSingleton<ISubmissionStore, TableSubmissionStore>();
        services.TryAddSingleton<IEvaluationStore, TableEvaluationStore>();
        services.TryAddSingleton<IAlertStateStore, TableAlertStateStore>();
        services.TryAddSingleton<IAlertStore, TableAlertStore>();
        services.TryAddSingleton<IOutbox, TableOutbox>();
        services.TryAddSingleton<ISilenceStore, TableSilenceStore>();
        services.TryAddSingleton<IPoisonLog, TablePoisonLog>();
        services.TryAddSingleton<IRawPayloadArchive, BlobRawPayloadArchive>();
        services.TryAddSingleton<IDropFolder, BlobDropFolder>();
        services.TryAddSingleton<IWorkQueue, StorageWorkQueue>();
        services.TryAddSingleton<PoisonQueueService>();
        return services;
    }

    private static StorageConnection Connection(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<StorageConnection>>().Value;

    /// <summary>The identity the Functions host uses for the same connection: managed identity when asked for, else DefaultAzureCredential.</summary>
    private static TokenCredential Credential(StorageConnection connection)
    {
        var clientId = string.IsNullOrWhiteSpace(connection.ClientId) ? null : connection.ClientId;
        if (string.Equals(connection.Credential, StorageConnection.ManagedIdentity, StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
