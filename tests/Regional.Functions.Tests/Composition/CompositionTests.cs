using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Azure.Catalogs;
using Regional.Azure.Messaging;
using Regional.Azure.Pipeline;
using Regional.Azure.Queues;
using Regional.Azure.Storage;
using Regional.Catalogs;
using Regional.Deadlines;
using Regional.DropFolders;
using Regional.Functions.Alerts;
using Regional.Functions.Deadlines;
using Regional.Functions.DropFolder;
using Regional.Functions.Evaluation;
using Regional.Functions.Health;
using Regional.Functions.Ingestion;
using Regional.Messaging;
using Regional.Periods;
using Regional.Pipeline;

namespace Regional.Functions.Tests.Composition;

public sealed class CompositionTests
{
    /// <summary>Every setting the app reads, each with a value other than its default.</summary>
    private static Dictionary<string, string?> Everything() => new(FunctionsApp.UniqueSettings("UseDevelopmentStorage=true"))
    {
        ["Catalog:Path"] = CatalogLoader.BundledDirectory(),
        ["Submissions:MaxBytes"] = "1048576",
        ["Deadline:DaysAfterPeriodEnd"] = "40",
        ["Deadline:Frequency"] = "Monthly",
        ["Evaluation:NotificationHold"] = "00:12:00",
        ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "3",
        ["Dispatch:BatchSize"] = "20",
        ["Dispatch:FirstRetry"] = "00:01:00",
        ["Dispatch:MaxRetry"] = "02:00:00",
        ["Dispatch:Lease"] = "00:05:00",
        ["Alerts:Transport"] = "StorageQueue",
    };

    [Fact]
    public void ContainerBuildsAndEveryFunctionCanBeCreated()
    {
        using var provider = FunctionsApp.Build(Everything());

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(ActivatorUtilities.CreateInstance<IngestFromQueue>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<EvaluateFromQueue>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<PullDropFolder>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<DeadlineCheck>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<HealthFunction>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<DispatchOutbox>(provider));
        Assert.NotNull(provider.GetRequiredService<PoisonQueueService>());
        Assert.Equal(["ApiSettingsCheckAtStart", "CatalogLoadAtStart", "ContactsLoadAtStart", "StorageCreationAtStart"], provider.GetServices<IHostedService>().Select(s => s.GetType().Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryOptionIsReadFromConfiguration()
    {
        var settings = Everything();
        using var provider = FunctionsApp.Build(settings);

        var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var pipeline = provider.GetRequiredService<PipelineSettings>();
        var retry = provider.GetRequiredService<QueueRetrySettings>();
        var deadline = provider.GetRequiredService<DeadlineSettings>();

        Assert.Equal(settings["RegionalStorage"], provider.GetRequiredService<IOptions<StorageConnection>>().Value.ConnectionString);
        Assert.Equal(settings["IngestQueueName"], storage.IngestQueue);
        Assert.Equal(settings["EvaluateQueueName"], storage.EvaluateQueue);
        Assert.Equal(settings["EvaluateQueueName"], pipeline.EvaluateQueue);
        foreach (var (key, value) in settings.Where(s => s.Key.StartsWith("Storage:", StringComparison.Ordinal)))
        {
            Assert.Equal(value, typeof(StorageOptions).GetProperty(key["Storage:".Length..])!.GetValue(storage));
        }

        Assert.Equal(settings["Catalog:Path"], provider.GetRequiredService<IOptions<CatalogOptions>>().Value.Directory);
        Assert.Equal("sichuan", provider.GetRequiredService<ICatalogProvider>().Catalog.Info.Id);
        Assert.Equal(1_048_576, pipeline.Limits.MaxBytes);
        Assert.Equal(TimeSpan.FromMinutes(12), pipeline.NotificationHold);
        Assert.Equal(new DeadlineSettings(40, Frequency.Monthly), deadline);
        Assert.Equal(3, retry.MaxDequeueCount);
        Assert.Equal(new DispatchSettings(20, TimeSpan.FromMinutes(1), TimeSpan.FromHours(2), TimeSpan.FromMinutes(5)), provider.GetRequiredService<DispatchSettings>());
        Assert.Equal(settings["Alerts:Queue"], provider.GetRequiredService<IOptions<AlertTransportOptions>>().Value.Queue);
        Assert.IsType<StorageQueueNotificationTransport>(provider.GetRequiredService<INotificationTransport>());
    }

    [Fact]
    public void DefaultsApplyWhenOnlyTheConnectionIsSet()
    {
        using var provider = FunctionsApp.Build(new Dictionary<string, string?> { ["RegionalStorage"] = "UseDevelopmentStorage=true" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(("ingest", "evaluate"), (provider.GetRequiredService<IOptions<StorageOptions>>().Value.IngestQueue, provider.GetRequiredService<PipelineSettings>().EvaluateQueue));
        Assert.Equal(CatalogLoader.BundledDirectory(), provider.GetRequiredService<IOptions<CatalogOptions>>().Value.Directory);
        Assert.Equal(DeadlineSettings.Default, provider.GetRequiredService<DeadlineSettings>());
        Assert.Equal(QueueRetrySettings.Default, provider.GetRequiredService<QueueRetrySettings>());
        Assert.Equal(PipelineSettings.Default.Limits.MaxBytes, provider.GetRequiredService<PipelineSettings>().Limits.MaxBytes);
        Assert.Equal(PipelineSettings.DefaultNotificationHold, provider.GetRequiredService<PipelineSettings>().NotificationHold);
        Assert.NotNull(provider.GetRequiredService<DropFolderPull>());
    }

    [Fact]
    public void MissingCatalogFolderFailsAtStartWithTheReason()
    {
        var settings = Everything();
        settings["Catalog:Path"] = Path.Combine(AppContext.BaseDirectory, "no-such-catalog");
        using var provider = FunctionsApp.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("catalog folder does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenCatalogStopsTheHostEvenWhereOptionsAreNotValidatedOnStart()
    {
        var settings = Everything();
        settings["Catalog:Path"] = Path.Combine(AppContext.BaseDirectory, "no-such-catalog");
        using var provider = FunctionsApp.Build(settings);
        var catalogStart = provider.GetServices<IHostedService>().Single(s => s.GetType().Name == "CatalogLoadAtStart");

        await Assert.ThrowsAnyAsync<Exception>(() => catalogStart.StartAsync(CancellationToken.None));
    }

    [Fact]
    public void InvalidValuesFailAtStart()
    {
        var settings = Everything();
        settings["Deadline:DaysAfterPeriodEnd"] = "-1";
        settings["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "0";
        using var provider = FunctionsApp.Build(settings);

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("DaysAfterPeriodEnd", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDequeueCount", error.Message, StringComparison.Ordinal);
    }
}
