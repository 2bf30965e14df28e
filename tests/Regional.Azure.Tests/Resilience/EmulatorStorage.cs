using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Regional.Azure.Storage;
using Regional.Catalogs;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Azure.Tests.Resilience;

/// <summary>
/// The real storage registration over a private emulator, with names unique to one use, clients that give up quickly
/// (one retry) when the emulator is gone, and optional extra policies. Nothing is deleted on dispose: the emulator and
/// its folder go away with the test, and cleaning up must not hide a failure while the emulator is down.
/// </summary>
internal sealed class EmulatorStorage : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private EmulatorStorage(ServiceProvider provider) => _provider = provider;

    public StorageOptions Options => Get<IOptions<StorageOptions>>().Value;

    public TableClient Observations => Get<TableServiceClient>().GetTableClient(Options.ObservationsTable);

    public TableClient History => Get<TableServiceClient>().GetTableClient(Options.ObservationHistoryTable);

    public static async Task<EmulatorStorage> CreateAsync(string connectionString, DateTimeOffset now, params HttpPipelinePolicy[] policies)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(TestStorage.UniqueSettings(connectionString)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
        services.AddRegionalStorage(configuration);
        services.AddAzureClients(clients => clients.ConfigureDefaults(options =>
        {
            options.Retry.MaxRetries = 1;
            options.Retry.Delay = TimeSpan.FromMilliseconds(200);
            options.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
            foreach (var policy in policies)
            {
                options.AddPolicy(policy, HttpPipelinePosition.PerCall);
            }
        }));
        var storage = new EmulatorStorage(services.BuildServiceProvider(validateScopes: true));
        await storage.Get<StorageInitializer>().EnsureCreatedAsync();
        return storage;
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public IngestionPipeline Pipeline(Catalog catalog) => new(
        new FixedCatalogProvider(catalog),
        Get<IRawPayloadArchive>(),
        Get<ISubmissionStore>(),
        Get<IObservationStore>(),
        Get<IWorkQueue>(),
        PipelineSettings.Default with { EvaluateQueue = Options.EvaluateQueue },
        Get<TimeProvider>(),
        NullLogger<IngestionPipeline>.Instance);

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
