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
        Assert.Equal(settings["Storage:ConnectionString"], options.ConnectionString);
        Assert.Equal(settings["Storage:ObservationsTable"], options.ObservationsTable);
        Assert.Equal(settings["Storage:ObservationHistoryTable"], options.ObservationHistoryTable);
        Assert.Equal(settings["Storage:SubmissionsTable"], options.SubmissionsTable);
        Assert.Equal(settings["Storage:SubmissionsByDayTable"], options.SubmissionsByDayTable);
        Assert.Equal(settings["Storage:ScorecardsTable"], options.ScorecardsTable);
        Assert.Equal(settings["Storage:RankingsTable"], options.RankingsTable);
        Assert.Equal(settings["Storage:FindingsTable"], options.FindingsTable);
        Assert.Equal(settings["Storage:AlertStatesTable"], options.AlertStatesTable);
        Assert.Equal(settings["Storage:RawPayloadContainer"], options.RawPayloadContainer);
        Assert.Equal(settings["Storage:QueuePayloadContainer"], options.QueuePayloadContainer);
        Assert.Equal(settings["Storage:CatalogContainer"], options.CatalogContainer);
        Assert.Equal(settings["Storage:IngestQueue"], options.IngestQueue);
        Assert.Equal(settings["Storage:EvaluateQueue"], options.EvaluateQueue);
        Assert.Equal(10002, provider.GetRequiredService<TableServiceClient>().Uri.Port);
    }

    [Fact]
    public void NamesDefaultWhenOnlyTheConnectionIsConfigured()
    {
        using var provider = Build(new() { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" });

        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(("Observations", "AlertStates", "raw-payloads", "ingest"), (options.ObservationsTable, options.AlertStatesTable, options.RawPayloadContainer, options.IngestQueue));
    }

    [Fact]
    public void ServiceUrisWithoutAConnectionStringBuildClientsForThoseAccounts()
    {
        using var provider = Build(new()
        {
            ["Storage:TableServiceUri"] = "https://regionalprod.table.core.windows.net/",
            ["Storage:BlobServiceUri"] = "https://regionalprod.blob.core.windows.net/",
            ["Storage:QueueServiceUri"] = "https://regionalprod.queue.core.windows.net/",
        });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("regionalprod.table.core.windows.net", provider.GetRequiredService<TableServiceClient>().Uri.Host);
        Assert.Equal("regionalprod.blob.core.windows.net", provider.GetRequiredService<BlobServiceClient>().Uri.Host);
        Assert.Equal("regionalprod.queue.core.windows.net", provider.GetRequiredService<QueueServiceClient>().Uri.Host);
    }

    [Fact]
    public void MissingConnectionFailsValidationAtStart()
    {
        using var provider = Build(new() { ["Storage:TableServiceUri"] = "https://regionalprod.table.core.windows.net/" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IllegalTableNameFailsValidationAtStart()
    {
        using var provider = Build(new() { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true", ["Storage:RankingsTable"] = "rank-ings" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("RankingsTable", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddRegionalStorage(configuration).BuildServiceProvider(validateScopes: true);
    }
}
