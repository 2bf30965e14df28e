using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regional.Azure.Alerts;
using Regional.Azure.Messaging;
using Regional.Azure.Pipeline;
using Regional.Azure.Storage;
using Regional.Messaging;

namespace Regional.Functions.Tests.Composition;

public sealed class SampleSettingsTests
{
    [Fact]
    public void SampleSettingsBuildAValidApp()
    {
        using var provider = FunctionsApp.Build(AppSettings.Sample());

        provider.GetRequiredService<IStartupValidator>().Validate();

        var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        Assert.Equal(("ingest", "evaluate", "incoming"), (storage.IngestQueue, storage.EvaluateQueue, storage.DropContainer));
    }

    [Fact]
    public void SampleListsEverySettingTheHostBindsTo()
    {
        var sample = AppSettings.Sample();
        var metadata = FunctionsMetadata.Load();
        var expressions = new[] { ("IngestFromQueue", "queueName"), ("EvaluateFromQueue", "queueName"), ("PullDropFolder", "schedule"), ("DeadlineCheck", "schedule"), ("DispatchOutbox", "schedule") }
            .Select(b => metadata.Trigger(b.Item1).GetProperty(b.Item2).GetString()!.Trim('%'));

        Assert.All(expressions.Append(StorageConnection.Name).Append("AzureWebJobsStorage").Append("FUNCTIONS_WORKER_RUNTIME"), name => Assert.True(sample.ContainsKey(name), $"local.settings.sample.json does not list {name}"));
    }

    [Fact]
    public void SampleListsEveryOptionTheAppReads()
    {
        var sample = AppSettings.Sample();
        var keys = typeof(StorageOptions).GetProperties().Where(p => p.CanWrite && p.Name is not (nameof(StorageOptions.IngestQueue) or nameof(StorageOptions.EvaluateQueue)))
            .Select(p => $"{StorageOptions.Section}:{p.Name}")
            .Concat(typeof(StorageConnection).GetProperties().Where(p => p.CanWrite && p.Name != nameof(StorageConnection.ConnectionString)).Select(p => $"{StorageConnection.Name}:{p.Name}"))
            .Concat(typeof(SubmissionOptions).GetProperties().Select(p => $"{SubmissionOptions.Section}:{p.Name}"))
            .Concat(typeof(DeadlineOptions).GetProperties().Select(p => $"{DeadlineOptions.Section}:{p.Name}"))
            .Concat(typeof(QueueRetryOptions).GetProperties().Select(p => $"{QueueRetryOptions.Section}:{p.Name}"))
            .Concat(typeof(DispatchOptions).GetProperties().Where(p => p.CanWrite).Select(p => $"{DispatchOptions.Section}:{p.Name}"))
            .Concat(typeof(AlertTransportOptions).GetProperties().Where(p => p.CanWrite).Select(p => $"{AlertTransportOptions.Section}:{p.Name}"))
            .Concat(typeof(ServiceBusConnectionOptions).GetProperties().Where(p => p.CanWrite).Select(p => $"{ServiceBusConnectionOptions.Section}:{p.Name}"))
            .Concat([StorageOptions.IngestQueueSetting, StorageOptions.EvaluateQueueSetting, "Catalog:Path"]);

        Assert.All(keys, key => Assert.True(sample.ContainsKey(key), $"local.settings.sample.json does not list {key}"));
    }

    [Fact]
    public void HostJsonDequeueCountIsTheOneTheAppAssumesWithoutTheOverride()
    {
        var queues = AppSettings.HostJson().GetProperty("extensions").GetProperty("queues");

        Assert.Equal(QueueRetrySettings.DefaultMaxDequeueCount, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal(QueueRetrySettings.DefaultMaxDequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture), AppSettings.Sample()["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"]);
    }

    [Fact]
    public void HostJsonUsesTheBase64EncodingTheQueueClientsWrite()
    {
        var queues = AppSettings.HostJson().GetProperty("extensions").GetProperty("queues");

        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
        Assert.False(AppSettings.HostJson().TryGetProperty("extensionBundle", out _));
    }
}
