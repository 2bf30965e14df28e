using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Regional.Azure.Storage;

namespace Regional.Azure.Tests;

/// <summary>
/// Storage for one test: the real registration over the emulator, with table, container and queue names made unique
/// for this test (so tests and other people's runs never share data), created on start and deleted on dispose.
/// </summary>
public sealed class TestStorage : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestStorage(ServiceProvider provider, FakeTimeProvider clock)
    {
        _provider = provider;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public StorageOptions Options => Get<IOptions<StorageOptions>>().Value;

    public static Dictionary<string, string?> UniqueSettings(string connectionString)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        return new Dictionary<string, string?>
        {
            ["RegionalStorage"] = connectionString,
            ["Storage:ObservationsTable"] = "obs" + suffix,
            ["Storage:ObservationHistoryTable"] = "hist" + suffix,
            ["Storage:SubmissionsTable"] = "subs" + suffix,
            ["Storage:SubmissionsByDayTable"] = "subday" + suffix,
            ["Storage:ScorecardsTable"] = "cards" + suffix,
            ["Storage:RankingsTable"] = "ranks" + suffix,
            ["Storage:FindingsTable"] = "finds" + suffix,
            ["Storage:AlertStatesTable"] = "alerts" + suffix,
            ["Storage:PoisonLogTable"] = "poison" + suffix,
            ["Storage:RawPayloadContainer"] = "raw-" + suffix,
            ["Storage:QueuePayloadContainer"] = "qpay-" + suffix,
            ["Storage:CatalogContainer"] = "cat-" + suffix,
            ["Storage:DropContainer"] = "drop-" + suffix,
            ["IngestQueueName"] = "ingest-" + suffix,
            ["EvaluateQueueName"] = "evaluate-" + suffix,
        };
    }

    public static async Task<TestStorage> CreateAsync(AzuriteFixture azurite)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 10, 20, 0, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(UniqueSettings(azurite.ConnectionString)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddRegionalStorage(configuration);
        var storage = new TestStorage(services.BuildServiceProvider(validateScopes: true), clock);
        await storage.Get<StorageInitializer>().EnsureCreatedAsync();
        return storage;
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public TableClient Table(string name) => Get<TableServiceClient>().GetTableClient(name);

    public BlobContainerClient Container(string name) => Get<BlobServiceClient>().GetBlobContainerClient(name);

    public QueueClient Queue(string name) => Get<QueueServiceClient>().GetQueueClient(name);

    public async ValueTask DisposeAsync()
    {
        var options = Options;
        await Task.WhenAll(
            options.Tables.Select(t => (Task)Get<TableServiceClient>().DeleteTableAsync(t))
                .Concat(options.Containers.Select(c => (Task)Container(c).DeleteIfExistsAsync()))
                .Concat(options.Queues.Select(q => (Task)Queue(q).DeleteIfExistsAsync())));
        await _provider.DisposeAsync();
    }
}
