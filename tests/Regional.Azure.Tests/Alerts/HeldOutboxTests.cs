using Regional.Alerts.Outbox;
using Regional.Storage;
using static Regional.Azure.Tests.Alerts.OutboxFixture;

namespace Regional.Azure.Tests.Alerts;

public sealed class HeldOutboxTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private IOutbox Outbox => Storage.Get<IOutbox>();

    private DateTimeOffset Now => Storage.Clock.GetUtcNow();

    [Fact]
    public async Task HeldEntriesAreNotClaimedBeforeTheHoldEndsAndAreAfter()
    {
        var notifications = Notifications(3);
        var added = await Outbox.AddHeldAsync(CatalogId, notifications, Hold("e1", minutes: 5), Now);

        var during = await Outbox.ClaimDueAsync(CatalogId, Now.AddMinutes(4), 10, Lease);
        var after = await Outbox.ClaimDueAsync(CatalogId, Now.AddMinutes(5), 10, Lease);

        Assert.Equal(3, added);
        Assert.Empty(during);
        Assert.Equal(notifications.Select(n => n.Id).Order(), after.Select(e => e.Id).Order());
        Assert.All(after, e => Assert.False(e.Held));
    }

    [Fact]
    public async Task ReleasedEntriesAreDueAtOnceAndAnEntryNoLongerHeldIsLeftAsItWas()
    {
        var notifications = Notifications(3);
        await Outbox.AddAsync(CatalogId, [notifications[0]], Now);
        await Outbox.MarkSentAsync(CatalogId, [notifications[0].Id], Now);
        await Outbox.AddHeldAsync(CatalogId, notifications, Hold("e1", minutes: 5), Now);
        var releasedAt = Now.AddSeconds(10);

        var released = await Outbox.ReleaseAsync(CatalogId, [.. notifications.Select(n => n.Id)], releasedAt);
        var claimed = await Outbox.ClaimDueAsync(CatalogId, releasedAt, 10, Lease);

        Assert.Equal(2, released);
        Assert.Equal([notifications[1].Id, notifications[2].Id], claimed.Select(e => e.Id).Order());
        var sent = Assert.Single(await Outbox.ListAsync(CatalogId, OutboxView.All), e => e.Id == notifications[0].Id);
        Assert.Equal((OutboxStatus.Sent, false), (sent.Status, sent.Held));
    }

    [Fact]
    public async Task DiscardDeletesOnlyEntriesStillHeldThatWereNeverTaken()
    {
        var notifications = Notifications(5);
        var ids = notifications.Select(n => n.Id).ToArray();
        await Outbox.AddAsync(CatalogId, [notifications[0]], Now);
        await Outbox.AddHeldAsync(CatalogId, notifications[1..], Hold("e1", minutes: 5), Now);
        await Outbox.ReleaseAsync(CatalogId, [ids[1]], Now);
        await Outbox.ClaimDueAsync(CatalogId, Now, 10, Lease);
        await Outbox.MarkSentAsync(CatalogId, ids[..2], Now);

        // The hold of ids[2..] ends, and a dispatcher takes them; then a send fails for ids[2] and ids[3] stays taken.
        var taken = await Outbox.ClaimDueAsync(CatalogId, Now.AddMinutes(5), 2, Lease);
        await Outbox.RecordFailureAsync(CatalogId, [taken[0] with { Attempts = 1, LastError = "down", NextAttemptAt = Now.AddMinutes(6) }]);

        var deleted = await Outbox.DiscardAsync(CatalogId, ids, "e1");

        Assert.Equal(1, deleted);
        var left = await Outbox.ListAsync(CatalogId, OutboxView.All);
        Assert.Equal(ids[..4], left.Select(e => e.Id).Order());
        Assert.DoesNotContain(left, e => e.Held);
    }

    [Fact]
    public async Task AddingAnIdAlreadyStoredChangesNothingWhetherHeldOrSent()
    {
        var notifications = Notifications(2);
        await Outbox.AddHeldAsync(CatalogId, [notifications[0]], Hold("e1", minutes: 5), Now);
        await Outbox.AddAsync(CatalogId, [notifications[1]], Now);
        await Outbox.MarkSentAsync(CatalogId, [notifications[1].Id], Now);

        var dueAgain = await Outbox.AddAsync(CatalogId, notifications, Now.AddMinutes(1));
        var heldAgain = await Outbox.AddHeldAsync(CatalogId, [notifications[1]], Hold("e2", minutes: 10), Now.AddMinutes(1));

        Assert.Equal((0, 0), (dueAgain, heldAgain));
        var held = Assert.Single(await Outbox.ListAsync(CatalogId, OutboxView.Pending));
        Assert.Equal((notifications[0].Id, true, Now.AddMinutes(5)), (held.Id, held.Held, held.NextAttemptAt));
        var sent = Assert.Single(await Outbox.ListAsync(CatalogId, OutboxView.All), e => e.Id == notifications[1].Id);
        Assert.Equal((OutboxStatus.Sent, false), (sent.Status, sent.Held));
        Assert.Empty(await Outbox.ClaimDueAsync(CatalogId, Now.AddMinutes(4), 10, Lease));
    }

    [Fact]
    public async Task EntryHeldByTwoEvaluationsOutlivesTheDiscardOfOneAndIsReleasedByTheOther()
    {
        var notification = Notifications(1)[0];
        await Outbox.AddHeldAsync(CatalogId, [notification], Hold("loser", minutes: 5), Now);
        await Outbox.AddHeldAsync(CatalogId, [notification], Hold("winner", minutes: 5), Now);

        var deleted = await Outbox.DiscardAsync(CatalogId, [notification.Id], "loser");
        var stillHeld = Assert.Single(await Outbox.ListAsync(CatalogId, OutboxView.Pending));
        var released = await Outbox.ReleaseAsync(CatalogId, [notification.Id], Now);
        var deletedAfterRelease = await Outbox.DiscardAsync(CatalogId, [notification.Id], "winner");

        Assert.Equal((0, true, 1, 0), (deleted, stillHeld.Held, released, deletedAfterRelease));
        Assert.Equal([notification.Id], (await Outbox.ClaimDueAsync(CatalogId, Now, 10, Lease)).Select(e => e.Id));
    }

    [Fact]
    public async Task JoiningAHoldKeepsTheEntryHeldUntilTheLaterEnd()
    {
        var notification = Notifications(1)[0];
        await Outbox.AddHeldAsync(CatalogId, [notification], Hold("first", minutes: 5), Now);
        await Outbox.AddHeldAsync(CatalogId, [notification], Hold("second", minutes: 8), Now);

        Assert.Empty(await Outbox.ClaimDueAsync(CatalogId, Now.AddMinutes(6), 10, Lease));
        Assert.Single(await Outbox.ClaimDueAsync(CatalogId, Now.AddMinutes(8), 10, Lease));
    }

    [Fact]
    public async Task DiscardByAnEvaluationThatDoesNotHoldTheEntryLeavesIt()
    {
        var notification = Notifications(1)[0];
        await Outbox.AddHeldAsync(CatalogId, [notification], Hold("holder", minutes: 5), Now);

        var deleted = await Outbox.DiscardAsync(CatalogId, [notification.Id], "someone-else");

        Assert.Equal(0, deleted);
        Assert.True(Assert.Single(await Outbox.ListAsync(CatalogId, OutboxView.All)).Held);
    }

    [Fact]
    public async Task EntryDiscardedByItsLastHolderCanBeAddedAgain()
    {
        var notification = Notifications(1)[0];
        await Outbox.AddHeldAsync(CatalogId, [notification], Hold("e1", minutes: 5), Now);

        var deleted = await Outbox.DiscardAsync(CatalogId, [notification.Id], "e1");
        var emptied = await Outbox.ListAsync(CatalogId, OutboxView.All);
        var addedAgain = await Outbox.AddHeldAsync(CatalogId, [notification], Hold("e1", minutes: 5), Now);

        Assert.Equal((1, 0, 1), (deleted, emptied.Count, addedAgain));
    }

    private OutboxHold Hold(string holder, int minutes) => new(holder, Now.AddMinutes(minutes));
}
