using System.Text;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Alerts.Notifications;
using Regional.Azure.Messaging;
using Regional.Storage;

namespace Regional.Azure.Tests.Messaging;

public sealed class StorageQueueNotificationTransportTests(AzuriteFixture azurite) : StorageTest(azurite), IAsyncLifetime
{
    // A queue of this test's own, which the transport has to create: nothing else makes it.
    private readonly string _queueName = "alerts-" + Guid.NewGuid().ToString("N")[..12];

    private IWorkQueue Queue => Storage.Get<IWorkQueue>();

    [Fact]
    public async Task EachNotificationArrivesAsOneMessageHoldingItsJsonBody()
    {
        var notifications = new[]
        {
            SichuanNotifications.Region("sichuan.2025-Q3.510400.0001", SichuanNotifications.Item()),
            SichuanNotifications.Region("sichuan.2025-Q3.513400.0002", SichuanNotifications.Item("513400", rule: "work-safety", indicator: "safety_deaths")),
            SichuanNotifications.Summary("sichuan.2025-Q3.summary", SichuanNotifications.Item(), SichuanNotifications.Item("513400")),
        };

        await Transport().SendAsync(notifications);
        var received = await Queue.ReceiveAsync(_queueName, 32, TimeSpan.FromSeconds(30));

        Assert.Equal(3, received.Count);
        Assert.Equal(
            notifications.Select(n => NotificationMessage.From(n, SichuanNotifications.Catalog).ToJson()).Order(StringComparer.Ordinal),
            received.Select(r => r.Body).Order(StringComparer.Ordinal));
        Assert.Equal(notifications.Select(n => n.Id).Order(StringComparer.Ordinal), received.Select(r => NotificationMessage.Parse(r.Body).Id).Order(StringComparer.Ordinal));
        Assert.All(received, r => Assert.Null(r.PayloadReference));
        Assert.Equal("Panzhihua", NotificationMessage.Parse(received.Single(r => r.Body.Contains("0001", StringComparison.Ordinal)).Body).Region?.NameEn);
    }

    [Fact]
    public async Task MessageOnTheQueueIsBase64OfTheJson()
    {
        var notification = SichuanNotifications.Region("sichuan.2025-Q3.510400.0003", SichuanNotifications.Item());

        await Transport().SendAsync([notification]);
        var peeked = (await new QueueClient(Azurite.ConnectionString, _queueName).PeekMessageAsync()).Value;

        Assert.Equal(
            NotificationMessage.From(notification, SichuanNotifications.Catalog).ToJson(),
            Encoding.UTF8.GetString(Convert.FromBase64String(peeked.Body.ToString())));
    }

    [Fact]
    public async Task NotificationOverSixtyFourKiBTravelsByClaimCheck()
    {
        var items = Enumerable.Range(0, 300)
            .Select(i => SichuanNotifications.Item(indicator: $"indicator_{i:D3}", messageEn: $"Panzhihua: indicator {i} {new string('.', 200)}"))
            .ToArray();
        var notification = SichuanNotifications.Region("sichuan.2025-Q3.510400.large", items);
        var json = NotificationMessage.From(notification, SichuanNotifications.Catalog).ToJson();
        Assert.True(Encoding.UTF8.GetByteCount(json) > 64 * 1024);

        await Transport().SendAsync([notification]);
        var peeked = (await new QueueClient(Azurite.ConnectionString, _queueName).PeekMessageAsync()).Value;
        var queuedText = Encoding.UTF8.GetString(Convert.FromBase64String(peeked.Body.ToString()));
        var item = Assert.Single(await Queue.ReceiveAsync(_queueName, 1, TimeSpan.FromSeconds(30)));
        var blob = Assert.Single(await Storage.Container(Storage.Options.QueuePayloadContainer).GetBlobsAsync().ToListAsync());

        Assert.StartsWith("regional-claim-check:v1:", queuedText, StringComparison.Ordinal);
        Assert.True(queuedText.Length < 1024);
        Assert.Equal(json, await Queue.ResolveAsync(queuedText));
        Assert.Equal(json, item.Body);
        Assert.Equal(blob.Name, item.PayloadReference);
        Assert.Equal(300, NotificationMessage.Parse(item.Body).Items.Length);
    }

    [Fact]
    public async Task ResentNotificationArrivesAgainWithTheSameIdForTheConsumerToDrop()
    {
        var notification = SichuanNotifications.Region("sichuan.2025-Q3.510400.0004", SichuanNotifications.Item());
        var transport = Transport();

        await transport.SendAsync([notification]);
        await transport.SendAsync([notification]);
        var received = await Queue.ReceiveAsync(_queueName, 32, TimeSpan.FromSeconds(30));

        Assert.Equal(2, received.Count);
        Assert.All(received, r => Assert.Equal(notification.Id, NotificationMessage.Parse(r.Body).Id));
    }

    [Fact]
    public async Task NothingToSendLeavesTheQueueUncreated()
    {
        await Transport().SendAsync([]);

        Assert.False((await new QueueClient(Azurite.ConnectionString, _queueName).ExistsAsync()).Value);
    }

    [Fact]
    public async Task RegisteredDefaultTransportDeliversToTheConfiguredQueue()
    {
        var settings = TestStorage.UniqueSettings(Azurite.ConnectionString);
        settings["Alerts:Queue"] = _queueName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var provider = new ServiceCollection()
            .AddRegionalStorage(configuration)
            .AddRegionalAlertTransport(configuration)
            .AddSingleton(SichuanNotifications.Catalogs)
            .BuildServiceProvider(validateScopes: true);
        var notification = SichuanNotifications.Region("sichuan.2025-Q3.510400.0005", SichuanNotifications.Item());

        await provider.GetRequiredService<INotificationTransport>().SendAsync([notification]);
        var item = Assert.Single(await Queue.ReceiveAsync(_queueName, 32, TimeSpan.FromSeconds(30)));

        Assert.Equal(NotificationMessage.From(notification, SichuanNotifications.Catalog).ToJson(), item.Body);
    }

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await new QueueClient(Azurite.ConnectionString, _queueName).DeleteIfExistsAsync();
        await DisposeAsync();
    }

    private StorageQueueNotificationTransport Transport() =>
        new(
            Queue,
            Storage.Get<QueueServiceClient>(),
            Options.Create(new AlertTransportOptions { Queue = _queueName }),
            SichuanNotifications.Catalogs);
}
