using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Regional.Azure;
using Regional.Azure.Api;
using Regional.Azure.Storage;

namespace Regional.Functions.Tests;

/// <summary>
/// The app as the Functions host builds it: the same <c>AddRegional</c> over settings that point at the emulator with
/// table, container and queue names unique to one test, its start-up services run (storage created, catalog loaded),
/// and function classes created from the container the way the worker creates them. Everything is deleted on dispose.
/// </summary>
public sealed class FunctionsApp : IAsyncDisposable
{
    public static readonly DateTimeOffset Today = new(2025, 10, 20, 0, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    private FunctionsApp(ServiceProvider provider, FakeTimeProvider clock, IReadOnlyDictionary<string, string?> settings)
    {
        _provider = provider;
        Clock = clock;
        Settings = settings;
    }

    public FakeTimeProvider Clock { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public StorageOptions Storage => Get<IOptions<StorageOptions>>().Value;

    public static Dictionary<string, string?> UniqueSettings(string connectionString)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        return new Dictionary<string, string?>
        {
            ["RegionalStorage"] = connectionString,
            ["IngestQueueName"] = "ingest-" + suffix,
            ["EvaluateQueueName"] = "evaluate-" + suffix,
            ["Storage:ObservationsTable"] = "obs" + suffix,
            ["Storage:ObservationHistoryTable"] = "hist" + suffix,
            ["Storage:SubmissionsTable"] = "subs" + suffix,
            ["Storage:SubmissionsByDayTable"] = "subday" + suffix,
            ["Storage:ScorecardsTable"] = "cards" + suffix,
            ["Storage:RankingsTable"] = "ranks" + suffix,
            ["Storage:FindingsTable"] = "finds" + suffix,
            ["Storage:AlertStatesTable"] = "alerts" + suffix,
            ["Storage:PoisonLogTable"] = "poison" + suffix,
            ["Storage:AlertsTable"] = "alertrec" + suffix,
            ["Storage:OutboxTable"] = "outbox" + suffix,
            ["Storage:SilencesTable"] = "silences" + suffix,
            ["Alerts:Queue"] = "alerts-" + suffix,
            ["Storage:RawPayloadContainer"] = "raw-" + suffix,
            ["Storage:QueuePayloadContainer"] = "qpay-" + suffix,
            ["Storage:DropContainer"] = "drop-" + suffix,
        };
    }

    /// <summary>
    /// Starts the app; <paramref name="platform"/> stands for the variables the App Service platform would set on the
    /// process (<c>WEBSITE_*</c>), which the app reads from the process environment only, never from settings.
    /// </summary>
    public static async Task<FunctionsApp> StartAsync(AzuriteFixture azurite, Action<Dictionary<string, string?>>? change = null, IReadOnlyDictionary<string, string?>? platform = null)
    {
        var settings = UniqueSettings(azurite.ConnectionString);
        change?.Invoke(settings);
        var clock = new FakeTimeProvider(Today);
        var provider = Build(settings, clock, platform);
        var app = new FunctionsApp(provider, clock, settings);
        foreach (var service in provider.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        return app;
    }

    /// <summary>
    /// The container alone, as the worker builds it, without touching storage. The platform's variables are the ones
    /// given, or none (not this test process's own, so a test never depends on where it runs).
    /// </summary>
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? platform = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddSingleton(PlatformSettings.Of(platform ?? new Dictionary<string, string?>()));

        services.AddRegional(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>A function class, created the way the worker creates it (constructor injection from the container).</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(_provider);

    public QueueClient Queue(string name) => Get<QueueServiceClient>().GetQueueClient(name);

    public BlobContainerClient Container(string name) => Get<BlobServiceClient>().GetBlobContainerClient(name);

    public async ValueTask DisposeAsync()
    {
        var storage = Storage;
        var tables = Get<TableServiceClient>();
        await Task.WhenAll(
            storage.Tables.Select(t => (Task)tables.DeleteTableAsync(t))
                .Concat(storage.Containers.Select(c => (Task)Container(c).DeleteIfExistsAsync()))
                .Concat(storage.Queues.Append(Settings["Alerts:Queue"]!).Select(q => (Task)Queue(q).DeleteIfExistsAsync())));
        await _provider.DisposeAsync();
    }
}
