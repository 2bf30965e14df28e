using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regional.Azure.Blobs;
using Regional.Azure.Queues;
using Regional.Azure.Storage;
using Regional.Azure.Tables;
using Regional.Storage;

namespace Regional.Azure.Tests.Storage;

public sealed class StorageRegistrationTests
{
    [Fact]
    public void ContainerResolvesEveryAdapterAndReadsEveryOptionFromConfiguration()
    {
        var settings = TestStorage.UniqueSettings("UseDevelopmentStorage=true");
        using var provider = Build(settings);

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.IsType<TableObservationStore>(provider.GetRequiredService<IObservationStore>());
        Assert.IsType<TableSubmissionStore>(provider.GetRequiredService<ISubmissionStore>());
        Assert.IsType<TableEvaluationStore>(provider.GetRequiredService<IEvaluationStore>());
        Assert.IsType<TableAlertStateStore>(provider.GetRequiredService<IAlertStateStore>());
        Assert.IsType<BlobRawPayloadArchive>(provider.GetRequiredService<IRawPayloadArchive>());
        Assert.IsType<StorageWorkQueue>(provider.GetRequiredService<IWorkQueue>());
        Assert.NotNull(provider.GetRequiredService<StorageInitializer>());
        Assert.NotNull(provider.GetRequiredService<BlobCatalogArchive>());
        Assert.Equal(settings["RegionalStorage"], provider.GetRequiredService<IOptions<StorageConnection>>().Value.ConnectionString);
        Assert.Equal(settings["Storage:ObservationsTable"], options.ObservationsTable);
        Assert.Equal(settings["Storage:ObservationHistoryTable"], options.ObservationHistoryTable);
        Assert.Equal(settings["Storage:SubmissionsTable"], options.SubmissionsTable);
        Assert.Equal(settings["Storage:SubmissionsByDayTable"], options.SubmissionsByDayTable);
        Assert.Equal(settings["Storage:ScorecardsTable"], options.ScorecardsTable);
        Assert.Equal(settings["Storage:RankingsTable"], options.RankingsTable);
        Assert.Equal(settings["Storage:FindingsTable"], options.FindingsTable);
        Assert.Equal(settings["Storage:AlertStatesTable"], options.AlertStatesTable);
        Assert.Equal(settings["Storage:PoisonLogTable"], options.PoisonLogTable);
        Assert.Equal(settings["Storage:RawPayloadContainer"], options.RawPayloadContainer);
        Assert.Equal(settings["Storage:QueuePayloadContainer"], options.QueuePayloadContainer);
        Assert.Equal(settings["Storage:CatalogContainer"], options.CatalogContainer);
        Assert.Equal(settings["Storage:DropContainer"], options.DropContainer);
        Assert.Equal(settings["IngestQueueName"], options.IngestQueue);
        Assert.Equal(settings["EvaluateQueueName"], options.EvaluateQueue);
        Assert.IsType<TablePoisonLog>(provider.GetRequiredService<IPoisonLog>());
        Assert.IsType<BlobDropFolder>(provider.GetRequiredService<IDropFolder>());
        Assert.NotNull(provider.GetRequiredService<PoisonQueueService>());
        Assert.Equal(10002, provider.GetRequiredService<TableServiceClient>().Uri.Port);
    }

    [Fact]
    public void NamesDefaultWhenOnlyTheConnectionIsConfigured()
    {
        using var provider = Build(new() { ["RegionalStorage"] = "UseDevelopmentStorage=true" });

        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(("Observations", "AlertStates", "PoisonLog", "raw-payloads", "incoming"), (options.ObservationsTable, options.AlertStatesTable, options.PoisonLogTable, options.RawPayloadContainer, options.DropContainer));
        Assert.Equal(["ingest", "evaluate", "ingest-poison", "evaluate-poison"], options.Queues);
    }

    [Fact]
    public void QueueNamesComeOnlyFromTheSettingsTheTriggersBindTo()
    {
        using var provider = Build(new()
        {
            ["RegionalStorage"] = "UseDevelopmentStorage=true",
            ["Storage:IngestQueue"] = "ignored-ingest",
            ["IngestQueueName"] = "bureau-ingest",
        });

        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(("bureau-ingest", "evaluate"), (options.IngestQueue, options.EvaluateQueue));
    }

    [Fact]
    public void ServiceUrisWithoutAConnectionStringBuildClientsForThoseAccounts()
    {
        using var provider = Build(new()
        {
            ["RegionalStorage:tableServiceUri"] = "https://regionalprod.table.core.windows.net/",
            ["RegionalStorage:blobServiceUri"] = "https://regionalprod.blob.core.windows.net/",
            ["RegionalStorage:queueServiceUri"] = "https://regionalprod.queue.core.windows.net/",
            ["RegionalStorage:credential"] = "managedidentity",
            ["RegionalStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("regionalprod.table.core.windows.net", provider.GetRequiredService<TableServiceClient>().Uri.Host);
        Assert.Equal("regionalprod.blob.core.windows.net", provider.GetRequiredService<BlobServiceClient>().Uri.Host);
        Assert.Equal("regionalprod.queue.core.windows.net", provider.GetRequiredService<QueueServiceClient>().Uri.Host);
        var connection = provider.GetRequiredService<IOptions<StorageConnection>>().Value;
        Assert.Equal(("managedidentity", "00000000-0000-0000-0000-000000000001", false), (connection.Credential, connection.ClientId, connection.UsesConnectionString));
    }

    [Fact]
    public void UnknownCredentialKindFailsValidationAtStart()
    {
        using var provider = Build(new() { ["RegionalStorage"] = "UseDevelopmentStorage=true", ["RegionalStorage:credential"] = "clientsecret" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("managedidentity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingConnectionFailsValidationAtStart()
    {
        using var provider = Build(new() { ["RegionalStorage:tableServiceUri"] = "https://regionalprod.table.core.windows.net/" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("RegionalStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IllegalTableNameFailsValidationAtStart()
    {
        using var provider = Build(new() { ["RegionalStorage"] = "UseDevelopmentStorage=true", ["Storage:RankingsTable"] = "rank-ings" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("RankingsTable", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddRegionalStorage(configuration).BuildServiceProvider(validateScopes: true);
    }
}
