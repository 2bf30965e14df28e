using Azure.Core;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Catalogs;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// The real storage registration over one emulator, with table, container and queue names of this run only and a
/// request counter on every client. Builds the ingestion pipeline the way the hosts do.
/// </summary>
public sealed class BenchmarkStorage : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private BenchmarkStorage(ServiceProvider provider) => _provider = provider;

    public StorageOptions Options => Get<IOptions<StorageOptions>>().Value;

    public static async Task<BenchmarkStorage> CreateAsync(string connectionString, RequestCounter counter)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var settings = new Dictionary<string, string?>
        {
            [StorageConnection.Name] = connectionString,
            ["Storage:ObservationsTable"] = "benchobs" + suffix,
            ["Storage:ObservationHistoryTable"] = "benchhist" + suffix,
            ["Storage:SubmissionsTable"] = "benchsubs" + suffix,
            ["Storage:SubmissionsByDayTable"] = "benchday" + suffix,
            ["Storage:ScorecardsTable"] = "benchcards" + suffix,
            ["Storage:RankingsTable"] = "benchranks" + suffix,
            ["Storage:FindingsTable"] = "benchfinds" + suffix,
            ["Storage:AlertStatesTable"] = "benchalerts" + suffix,
            ["Storage:PoisonLogTable"] = "benchpoison" + suffix,
            ["Storage:RawPayloadContainer"] = "bench-raw-" + suffix,
            ["Storage:QueuePayloadContainer"] = "bench-qpay-" + suffix,
            [StorageOptions.IngestQueueSetting] = "bench-ingest-" + suffix,
            [StorageOptions.EvaluateQueueSetting] = "bench-evaluate-" + suffix,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddRegionalStorage(configuration);
        services.AddAzureClients(clients => clients.ConfigureDefaults(o => o.AddPolicy(counter, HttpPipelinePosition.PerRetry)));
        var storage = new BenchmarkStorage(services.BuildServiceProvider());
        await storage.Get<StorageInitializer>().EnsureCreatedAsync();
        return storage;
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>The pipeline over the real adapters, each wrapped to add its wait to <paramref name="stages"/>.</summary>
    public IngestionPipeline Pipeline(Catalog catalog, StageClock stages) => new(
        new FixedCatalogProvider(catalog),
        new TimedArchive(Get<IRawPayloadArchive>(), stages),
        new TimedSubmissions(Get<ISubmissionStore>(), stages),
        new TimedObservations(Get<IObservationStore>(), stages),
        new TimedQueue(Get<IWorkQueue>(), stages),
        PipelineSettings.Default with { EvaluateQueue = Options.EvaluateQueue },
        TimeProvider.System,
        NullLogger<IngestionPipeline>.Instance);

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
