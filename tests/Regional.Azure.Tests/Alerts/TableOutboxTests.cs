using Regional.Alerts.Outbox;
using Regional.Storage;
using static Regional.Azure.Tests.Alerts.OutboxFixture;

namespace Regional.Azure.Tests.Alerts;

public sealed class TableOutboxTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private IOutbox Outbox => Storage.Get<IOutbox>();

    [Fact]
    public async Task SameNotificationAddedAgainIsStoredOnceEvenAfterItWasSent()
    {
        var notifications = Notifications(3);
        var now = Storage.Clock.GetUtcNow();

        var first = await Outbox.AddAsync(CatalogId, notifications, now);
        await Outbox.MarkSentAsync(CatalogId, [notifications[0].Id], now);
        var again = await Outbox.AddAsync(CatalogId, notifications, now.AddMinutes(1));

        Assert.Equal((3, 0), (first, again));
        Assert.Equal(3, (await Outbox.ListAsync(CatalogId, OutboxView.All)).Count);
        Assert.Equal(2, (await Outbox.ListAsync(CatalogId, OutboxView.Pending)).Count);
    }

    [Fact]
    public async Task ManyNotificationsWithSomeStoredAlreadyAddOnlyTheNewOnesAndEachOnce()
    {
        // More than one transaction's worth, with stored ones spread over the batches.
        var notifications = Notifications(130);
        var now = Storage.Clock.GetUtcNow();
        var stored = notifications.Where((_, i) => i % 40 == 7).ToList();
        await Outbox.AddAsync(CatalogId, stored, now);
        await Outbox.MarkSentAsync(CatalogId, [stored[0].Id], now);

        var added = await Outbox.AddAsync(CatalogId, notifications, now.AddMinutes(1));

        Assert.Equal(notifications.Length - stored.Count, added);
        var all = await Outbox.ListAsync(CatalogId, OutboxView.All);
        Assert.Equal(notifications.Select(n => n.Id).Order(StringComparer.Ordinal), all.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(notifications.Length - 1, await Outbox.CountPendingAsync(CatalogId));
    }

    [Fact]
    public async Task StoredNotificationReadsBackAsWritten()
    {
        var notification = Notifications(1)[0];
        await Outbox.AddAsync(CatalogId, [notification], Storage.Clock.GetUtcNow());

        var entry = Assert.Single(await Outbox.ListAsync(CatalogId, OutboxView.Pending));

        Assert.Equal(Regional.Alerts.Notifications.NotificationMessage.From(notification).ToJson(), Regional.Alerts.Notifications.NotificationMessage.From(entry.Notification).ToJson());
        Assert.Equal((OutboxStatus.Pending, 0), (entry.Status, entry.Attempts));
    }

    [Fact]
    public async Task ClaimedEntriesAreHeldFromASecondDispatcherUntilTheLeaseEnds()
    {
        await Outbox.AddAsync(CatalogId, Notifications(4), Storage.Clock.GetUtcNow());
        var now = Storage.Clock.GetUtcNow();

        var first = await Outbox.ClaimDueAsync(CatalogId, now, 10, TimeSpan.FromMinutes(2));
        var second = await Outbox.ClaimDueAsync(CatalogId, now.AddSeconds(30), 10, TimeSpan.FromMinutes(2));
        var afterLease = await Outbox.ClaimDueAsync(CatalogId, now.AddMinutes(3), 10, TimeSpan.FromMinutes(2));

        Assert.Equal(4, first.Count);
        Assert.Empty(second);
        Assert.Equal(4, afterLease.Count);
    }

    [Fact]
    public async Task EntrySetAsideLeavesThePendingListAndShowsAsFailed()
    {
        var notifications = Notifications(2);
        var now = Storage.Clock.GetUtcNow();
        await Outbox.AddAsync(CatalogId, notifications, now);
        var claimed = await Outbox.ClaimDueAsync(CatalogId, now, 10, TimeSpan.FromMinutes(2));

        await Outbox.RecordFailureAsync(CatalogId, [claimed[0] with { Status = OutboxStatus.Failed, Attempts = 1, LastError = "too large" }]);

        Assert.Equal([claimed[1].Id], (await Outbox.ListAsync(CatalogId, OutboxView.Pending)).Select(e => e.Id));
        var failed = Assert.Single(await Outbox.ListAsync(CatalogId, OutboxView.Failed));
        Assert.Equal((claimed[0].Id, OutboxStatus.Failed, "too large"), (failed.Id, failed.Status, failed.LastError));
    }
}
