using Microsoft.Extensions.DependencyInjection;
using Regional.Alerts;
using Regional.Alerts.Contacts;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Api.Contracts;
using Regional.Catalogs;
using Regional.Periods;
using Regional.Storage;
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
    public async Task AnonymousCallerLearnsOnlyWhetherTheAppIsUp()
    {
        await DisposeAsync();
        await InitializeWith(Development);
        await EvaluatedAsync(Q3);

        var response = await Api.Get("/api/health");

        Assert.Equal(200, response.Status);
        Assert.Equal(["checkedAt", "status"], Fields(response));
        Assert.Equal(HealthStatus.Healthy, Ok<HealthSummary>(response).Status);
        Assert.Equal(["checkedAt", "status"], Fields(await Api.Get("/api/health", As.NoRoles)));
        Assert.Equal(["checkedAt", "status"], Fields(await Api.Get("/api/health", As.Principal("ghost", Regional.Api.Authorization.Roles.RegionViewerOf("999999")))));
        Assert.Contains("queues", Fields(await Api.Get("/api/health", As.ChengduViewer)));
    }

    [Fact]
    public async Task DetailsNeedAPrincipalTheEnvironmentCanVouchFor()
    {
        // No authentication configured: a principal header is anyone's to write, so it earns no details.
        var response = await Api.Get("/api/health", As.Administrator);

        Assert.Equal(["checkedAt", "status"], Fields(response));
    }

    [Fact]
    public async Task SignedInCallerGetsAgesAndQueueDepths()
    {
        await DisposeAsync();
        await InitializeWith(Development);
        await EvaluatedAsync(Q3);
        await App.Queue(App.Storage.EvaluateQueue).ClearMessagesAsync();
        await App.Queue(App.Storage.IngestQueue).SendMessageAsync("waiting");
        App.Clock.Advance(TimeSpan.FromMinutes(10));

        var view = Ok<HealthView>(await Api.Get("/api/health", As.ProvinceViewer));

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
        await DisposeAsync();
        await InitializeWith(Development);
        var view = Ok<HealthView>(await Api.Get("/api/health", As.ChengduViewer));

        Assert.Equal(HealthStatus.Healthy, view.Status);
        Assert.Null(view.LastIngestionAt);
        Assert.Null(view.LastEvaluatedPeriod);
    }

    [Fact]
    public async Task MessagesInAPoisonQueueDegradeTheProbeOnceTheCachedAnswerExpires()
    {
        await DisposeAsync();
        await InitializeWith(Development);
        Assert.Equal(HealthStatus.Healthy, Ok<HealthView>(await Api.Get("/api/health", As.ProvinceViewer)).Status);
        await App.Queue(PoisonQueues.For(App.Storage.IngestQueue)).SendMessageAsync("given up");

        var cached = Ok<HealthView>(await Api.Get("/api/health", As.ProvinceViewer));
        App.Clock.Advance(TimeSpan.FromSeconds(16));
        var fresh = Ok<HealthView>(await Api.Get("/api/health", As.ProvinceViewer));
        Assert.Equal(HealthStatus.Degraded, Ok<HealthSummary>(await Api.Get("/api/health")).Status);

        Assert.Equal(HealthStatus.Healthy, cached.Status);
        Assert.Equal((HealthStatus.Degraded, 1), (fresh.Status, fresh.Queues[0].PoisonDepth));
    }

    [Fact]
    public async Task ADeliveryThatFailedForGoodDegradesTheProbeAndIsCounted()
    {
        // The count is a detail: it is shown to a principal the environment vouches for.
        await InitializeWith(Development);
        var deliveries = App.Get<IDeliveryOutbox>();
        var now = App.Clock.GetUtcNow();
        var notification = new Notification(
            "sichuan.2025-Q3.510400.0123456789abcdef", NotificationKind.Region, "sichuan", Period.Parse("2025-Q3"), "510400", "panxi",
            Severity.Major, TransitionKind.New, [], "Panzhihua, 2025-Q3: 1 alert", "攀枝花市，2025年第3季度：1条预警", now);
        var delivery = new Delivery(Delivery.IdFor(notification.Id, "panzhihua-wecom"), "panzhihua-wecom", "$.route.routes[2]", notification, now, TimeSpan.Zero);
        await deliveries.AddAsync("sichuan", [delivery], now);
        await deliveries.RecordAsync("sichuan", [new DeliveryEntry(delivery, OutboxStatus.Failed, 1, now, now, LastError: "WeCom refused: {\"errcode\":93000}")]);

        var view = Ok<HealthView>(await Api.Get("/api/health", As.ProvinceViewer));

        Assert.Equal((HealthStatus.Degraded, 1), (view.Status, view.FailedDeliveries));
    }

    [Fact]
    public async Task StorageThatDoesNotAnswerIs503Unhealthy()
    {
        var settings = FunctionsApp.UniqueSettings("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;");
        settings["Auth:Mode"] = "Development";
        await using var provider = FunctionsApp.Build(settings);
        var function = ActivatorUtilities.CreateInstance<HealthFunction>(provider);
        var request = new Microsoft.AspNetCore.Http.DefaultHttpContext().Request;
        request.Method = "GET";
        request.Path = "/api/health";
        var signedIn = new Microsoft.AspNetCore.Http.DefaultHttpContext().Request;
        signedIn.Method = "GET";
        signedIn.Path = "/api/health";
        signedIn.Headers["X-MS-CLIENT-PRINCIPAL"] = As.ProvinceViewer;

        var response = Assert.IsType<ApiResult>(await function.Run(request)).Response;
        var detailed = Assert.IsType<ApiResult>(await function.Run(signedIn)).Response;

        Assert.Equal(HealthStatus.Unhealthy, Ok<HealthSummary>(response, 503).Status);
        var view = Ok<HealthView>(detailed, 503);
        Assert.Equal((HealthStatus.Unhealthy, false), (view.Status, view.StorageReachable));
        Assert.All(view.Queues, q => Assert.Null(q.Depth));
        Assert.All(view.Services, s => Assert.False(s.Reachable));
    }

    [Fact]
    public async Task AnOutageOfOneStorageServiceNamesThatService()
    {
        // Tables and blobs on the emulator, queues on a port nothing listens on.
        var settings = FunctionsApp.UniqueSettings("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;");
        settings["Auth:Mode"] = "Development";
        await using var provider = FunctionsApp.Build(settings);
        var function = ActivatorUtilities.CreateInstance<HealthFunction>(provider);
        var request = new Microsoft.AspNetCore.Http.DefaultHttpContext().Request;
        request.Method = "GET";
        request.Path = "/api/health";
        request.Headers["X-MS-CLIENT-PRINCIPAL"] = As.ProvinceViewer;

        var view = Ok<HealthView>(Assert.IsType<ApiResult>(await function.Run(request)).Response, 503);

        Assert.Equal(HealthStatus.Unhealthy, view.Status);
        var queue = Assert.Single(view.Services, s => s.Name == ServiceHealth.Queue);
        Assert.False(queue.Reachable);
        Assert.Contains("Connection refused", queue.Error, StringComparison.Ordinal);
        Assert.True(Assert.Single(view.Services, s => s.Name == ServiceHealth.Table).Reachable);
    }

    private static IEnumerable<string> Fields(Regional.Api.Http.ApiResponse response) =>
        System.Text.Json.JsonDocument.Parse(response.Body).RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
}
