using Microsoft.Extensions.DependencyInjection;
using Regional.Api.Contracts;
using Regional.Functions.Health;
using Regional.Functions.Http;
using Regional.Messaging;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

public sealed class HealthEndpointTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    // The probe answers without authentication, so the app starts with none configured.
    public override Task InitializeAsync() => InitializeWith(null);

    [Fact]
    public async Task ProbeIsAnonymousAndReportsAgesAndQueueDepths()
    {
        await EvaluatedAsync(Q3);
        await App.Queue(App.Storage.EvaluateQueue).ClearMessagesAsync();
        await App.Queue(App.Storage.IngestQueue).SendMessageAsync("waiting");
        App.Clock.Advance(TimeSpan.FromMinutes(10));

        var view = Ok<HealthView>(await Api.Get("/api/health"));

        Assert.Equal((HealthStatus.Healthy, true), (view.Status, view.StorageReachable));
        Assert.Equal([(ServiceHealth.Queue, true), (ServiceHealth.Table, true)], view.Services.Select(s => (s.Name, s.Reachable)));
        Assert.Equal(600, view.LastIngestionAgeSeconds);
        Assert.Equal(Q3, view.LastEvaluatedPeriod.ToString());
        Assert.Equal(600, view.LastEvaluationAgeSeconds);
        Assert.Equal(
            [(App.Storage.IngestQueue, 1, PoisonQueues.For(App.Storage.IngestQueue), 0), (App.Storage.EvaluateQueue, 0, PoisonQueues.For(App.Storage.EvaluateQueue), 0)],
            view.Queues.Select(q => (q.Name, q.Depth ?? -1, q.PoisonQueue, q.PoisonDepth ?? -1)));
    }

    [Fact]
    public async Task NothingIngestedOrEvaluatedYetLeavesTheAgesEmpty()
    {
        var view = Ok<HealthView>(await Api.Get("/api/health"));

        Assert.Equal(HealthStatus.Healthy, view.Status);
        Assert.Null(view.LastIngestionAt);
        Assert.Null(view.LastEvaluatedPeriod);
    }

    [Fact]
    public async Task MessagesInAPoisonQueueDegradeTheProbeOnceTheCachedAnswerExpires()
    {
        Assert.Equal(HealthStatus.Healthy, Ok<HealthView>(await Api.Get("/api/health")).Status);
        await App.Queue(PoisonQueues.For(App.Storage.IngestQueue)).SendMessageAsync("given up");

        var cached = Ok<HealthView>(await Api.Get("/api/health"));
        App.Clock.Advance(TimeSpan.FromSeconds(16));
        var fresh = Ok<HealthView>(await Api.Get("/api/health"));

        Assert.Equal(HealthStatus.Healthy, cached.Status);
        Assert.Equal((HealthStatus.Degraded, 1), (fresh.Status, fresh.Queues[0].PoisonDepth));
    }

    [Fact]
    public async Task StorageThatDoesNotAnswerIs503Unhealthy()
    {
        var settings = FunctionsApp.UniqueSettings("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;");
        await using var provider = FunctionsApp.Build(settings);
        var function = ActivatorUtilities.CreateInstance<HealthFunction>(provider);
        var request = new Microsoft.AspNetCore.Http.DefaultHttpContext().Request;
        request.Method = "GET";
        request.Path = "/api/health";

        var response = Assert.IsType<ApiResult>(await function.Run(request)).Response;

        var view = Ok<HealthView>(response, 503);
        Assert.Equal((HealthStatus.Unhealthy, false), (view.Status, view.StorageReachable));
        Assert.All(view.Queues, q => Assert.Null(q.Depth));
        Assert.All(view.Services, s => Assert.False(s.Reachable));
    }

    [Fact]
    public async Task AnOutageOfOneStorageServiceNamesThatService()
    {
        // Tables and blobs on the emulator, queues on a port nothing listens on.
        var settings = FunctionsApp.UniqueSettings("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;");
        await using var provider = FunctionsApp.Build(settings);
        var function = ActivatorUtilities.CreateInstance<HealthFunction>(provider);
        var request = new Microsoft.AspNetCore.Http.DefaultHttpContext().Request;
        request.Method = "GET";
        request.Path = "/api/health";

        var view = Ok<HealthView>(Assert.IsType<ApiResult>(await function.Run(request)).Response, 503);

        Assert.Equal(HealthStatus.Unhealthy, view.Status);
        var queue = Assert.Single(view.Services, s => s.Name == ServiceHealth.Queue);
        Assert.False(queue.Reachable);
        Assert.Contains("Connection refused", queue.Error, StringComparison.Ordinal);
        Assert.True(Assert.Single(view.Services, s => s.Name == ServiceHealth.Table).Reachable);
    }
}
