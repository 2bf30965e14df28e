using Regional.Alerts.Outbox;
using Regional.Storage;
using static Regional.Azure.Tests.Alerts.OutboxFixture;

namespace Regional.Azure.Tests.Alerts;

public sealed class OutboxDispatchTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private IOutbox Outbox => Storage.Get<IOutbox>();

    [Fact]
    public async Task PendingNotificationsAreSentInBatchesAndMarkedSent()
    {
        var notifications = Notifications(7);
        await Outbox.AddAsync(CatalogId, notifications, Storage.Clock.GetUtcNow());
        var transport = new FlakyTransport(QueueTransport(Storage), failures: 0);

        var report = await Dispatcher(Storage, transport, batchSize: 3).DispatchAsync();

        Assert.Equal((7, 0, 3), (report.Sent, report.Failed, transport.Calls));
        Assert.Equal(notifications.Select(n => n.Id).Order(StringComparer.Ordinal), (await Delivered(Storage)).Order(StringComparer.Ordinal));
        Assert.Empty(await Outbox.ListAsync(CatalogId, OutboxView.Pending));
        Assert.All(await Outbox.ListAsync(CatalogId, OutboxView.All), e => Assert.Equal((OutboxStatus.Sent, Storage.Clock.GetUtcNow()), (e.Status, e.SentAt!.Value)));
    }

    [Fact]
    public async Task TransportFailingForSeveralAttemptsThenRecoveringDeliversEveryNotificationOnce()
    {
        var notifications = Notifications(5);
        await Outbox.AddAsync(CatalogId, notifications, Storage.Clock.GetUtcNow());
        var transport = new FlakyTransport(QueueTransport(Storage), failures: 3);
        var dispatcher = Dispatcher(Storage, transport);
        var reports = new List<DispatchReport>();

        for (var run = 0; run < 8; run++)
        {
            reports.Add(await dispatcher.DispatchAsync());
            if (run == 0)
            {
                var failed = await Outbox.ListAsync(CatalogId, OutboxView.Failed);
                Assert.Equal(5, failed.Count);
                Assert.All(failed, e => Assert.Equal((1, Storage.Clock.GetUtcNow() + DispatchSettings.Default.FirstRetry), (e.Attempts, e.NextAttemptAt)));
                Assert.All(failed, e => Assert.Contains("transport unavailable", e.LastError, StringComparison.Ordinal));
            }

            // The timer ticks every minute; a failed entry waits 30 s, then 1, 2, 4 minutes.
            Storage.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal([5, 5, 5, 0, 0, 0, 0, 0], reports.Select(r => r.Failed));
        Assert.Equal(5, reports.Sum(r => r.Sent));
        Assert.Equal(4, transport.Calls);
        Assert.Equal(notifications.Select(n => n.Id).Order(StringComparer.Ordinal), (await Delivered(Storage)).Order(StringComparer.Ordinal));
        Assert.Empty(await Outbox.ListAsync(CatalogId, OutboxView.Pending));
        Assert.All(await Outbox.ListAsync(CatalogId, OutboxView.All), e => Assert.Equal((OutboxStatus.Sent, 3), (e.Status, e.Attempts)));
    }

    [Fact]
    public async Task FailedEntryWaitsForItsNextAttempt()
    {
        await Outbox.AddAsync(CatalogId, Notifications(2), Storage.Clock.GetUtcNow());
        var transport = new FlakyTransport(QueueTransport(Storage), failures: 1);
        var dispatcher = Dispatcher(Storage, transport);

        await dispatcher.DispatchAsync();
        var tooSoon = await dispatcher.DispatchAsync();
        Storage.Clock.Advance(DispatchSettings.Default.FirstRetry);
        var due = await dispatcher.DispatchAsync();

        Assert.Equal((0, 1), (tooSoon.Sent, transport.Calls - 1));
        Assert.Equal(2, due.Sent);
    }

    [Fact]
    public async Task CrashBetweenSendAndMarkSentResendsTheSameIdForDuplicateDetectionToDrop()
    {
        var notifications = Notifications(2);
        await Outbox.AddAsync(CatalogId, notifications, Storage.Clock.GetUtcNow());
        var dispatcher = Dispatcher(Storage, new FlakyTransport(QueueTransport(Storage), failures: 1, failAfterSending: true));

        await dispatcher.DispatchAsync();
        Storage.Clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchAsync();

        var delivered = await Delivered(Storage);
        Assert.Equal(4, delivered.Count);
        Assert.Equal(notifications.Select(n => n.Id).Order(StringComparer.Ordinal), delivered.Distinct().Order(StringComparer.Ordinal));
        Assert.Empty(await Outbox.ListAsync(CatalogId, OutboxView.Pending));
    }
}
