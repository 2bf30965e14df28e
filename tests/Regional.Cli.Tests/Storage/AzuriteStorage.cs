using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Regional.Messaging;

namespace Regional.Cli.Tests.Storage;

/// <summary>
/// Storage for one test on the local emulator: table, container and queue names of its own (passed to the command
/// as settings), removed afterwards. An emulator that does not answer fails the test with the way to start it.
/// </summary>
internal sealed class AzuriteStorage : IAsyncDisposable
{
    public const string ConnectionVariable = "REGIONAL_STORAGE_CONNECTION";

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..12];

    private AzuriteStorage()
    {
        Connection = Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true";
        Settings = new Dictionary<string, string?>
        {
            ["REGIONAL_STORAGE"] = Connection,
            ["Storage:ObservationsTable"] = "obs" + _suffix,
            ["Storage:ObservationHistoryTable"] = "hist" + _suffix,
            ["Storage:SubmissionsTable"] = "subs" + _suffix,
            ["Storage:SubmissionsByDayTable"] = "subday" + _suffix,
            ["Storage:ScorecardsTable"] = "cards" + _suffix,
            ["Storage:RankingsTable"] = "ranks" + _suffix,
            ["Storage:FindingsTable"] = "finds" + _suffix,
            ["Storage:AlertStatesTable"] = "alerts" + _suffix,
            ["Storage:PoisonLogTable"] = "poison" + _suffix,
            ["Storage:RawPayloadContainer"] = "raw-" + _suffix,
            ["Storage:QueuePayloadContainer"] = "qpay-" + _suffix,
            ["Storage:CatalogContainer"] = "cat-" + _suffix,
            ["Storage:DropContainer"] = "drop-" + _suffix,
            ["IngestQueueName"] = "ingest-" + _suffix,
            ["EvaluateQueueName"] = "evaluate-" + _suffix,
        };
    }

    public string Connection { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<AzuriteStorage> CreateAsync()
    {
        var storage = new AzuriteStorage();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var tables = new TableServiceClient(storage.Connection, new TableClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } });
        try
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token))
            {
                break;
            }
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException(
                $"The storage emulator does not answer at {tables.Uri}. Start it with `scripts/azurite.sh start` (or point {ConnectionVariable} at a reachable account). Cause: {ex.Message}",
                ex);
        }

        return storage;
    }

    public Task<CliResult> RunAsync(params string[] args) => Cli.RunAsync(Settings, args);

    public async ValueTask DisposeAsync()
    {
        var tables = new TableServiceClient(Connection);
        var blobs = new BlobServiceClient(Connection);
        var queues = new QueueServiceClient(Connection);
        var queueNames = Settings.Where(s => s.Key.EndsWith("QueueName", StringComparison.Ordinal)).Select(s => s.Value!).ToList();
        await Task.WhenAll(
            Settings.Where(s => s.Key.EndsWith("Table", StringComparison.Ordinal)).Select(s => (Task)tables.DeleteTableAsync(s.Value))
                .Concat(Settings.Where(s => s.Key.EndsWith("Container", StringComparison.Ordinal)).Select(s => (Task)blobs.GetBlobContainerClient(s.Value).DeleteIfExistsAsync()))
                .Concat(queueNames.Concat(queueNames.Select(PoisonQueues.For)).Select(name => (Task)queues.GetQueueClient(name).DeleteIfExistsAsync())));
    }
}
