using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Alerts.Lifecycle;

public class ResponseAndFollowUpTests
{
    private static readonly DateOnly Due = new(2025, 5, 31);

    private static (AlertBookKeeper Keeper, string Id) LaggingA2()
    {
        var catalog = Catalog();
        var keeper = new AlertBookKeeper(catalog);
        keeper.Evaluated(Evaluate(catalog, "2025-Q1", [Growth("A2", "2025-Q1", 5.2)]));
        return (keeper, Assert.Single(keeper.Records).Id);
    }

    [Fact]
    public void AcknowledgementKeepsTheConditionAndIsInTheHistory()
    {
        var (keeper, id) = LaggingA2();

        keeper.Respond(AlertResponses.Acknowledge(keeper.Record(id), "investment projects delayed", "Panzhihua DRC", "two projects start in May", Due, FirstRun.AddDays(2)));

        var record = keeper.Record(id);
        Assert.Equal((AlertResponseStatus.Acknowledged, "Panzhihua DRC", Due, AlertCondition.Firing), (record.Response.Status, record.Response.Owner, record.Response.DueDate, record.Episode.Condition));
        var line = keeper.History(id)[^1];
        Assert.Equal((AlertEventKind.Acknowledged, "Panzhihua DRC", "investment projects delayed"), (line.Kind, line.Actor, line.Note));
    }

    [Fact]
    public void AcknowledgedAlertStillFiringAfterItsDueDateIsFollowedUpOncePerDueDate()
    {
        var (keeper, id) = LaggingA2();
        keeper.Respond(AlertResponses.Acknowledge(keeper.Record(id), "investment projects delayed", "Panzhihua DRC", "two projects start in May", Due, FirstRun.AddDays(2)));

        var onDueDate = keeper.Checked(new DateTimeOffset(2025, 5, 31, 23, 0, 0, TimeSpan.Zero));
        var dayAfter = keeper.Checked(new DateTimeOffset(2025, 6, 1, 0, 30, 0, TimeSpan.Zero));
        var weekAfter = keeper.Checked(new DateTimeOffset(2025, 6, 8, 0, 0, 0, TimeSpan.Zero));

        Assert.True(onDueDate.IsEmpty);
        var followUp = Assert.Single(dayAfter.Notifications);
        Assert.Equal((NotificationKind.FollowUp, "A2"), (followUp.Kind, followUp.RegionCode));
        Assert.Contains("due 2025-05-31 has passed", followUp.TextEn, StringComparison.Ordinal);
        Assert.Contains("two projects start in May", followUp.TextEn, StringComparison.Ordinal);
        Assert.Equal(AlertEventKind.FollowUp, Assert.Single(dayAfter.Events).Kind);
        Assert.True(weekAfter.IsEmpty);

        keeper.Respond(AlertResponses.Acknowledge(keeper.Record(id), "new plan", "Panzhihua DRC", null, Due.AddDays(30), new DateTimeOffset(2025, 6, 9, 0, 0, 0, TimeSpan.Zero)));
        var afterNewDue = keeper.Checked(new DateTimeOffset(2025, 7, 2, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(NotificationKind.FollowUp, Assert.Single(afterNewDue.Notifications).Kind);
        Assert.NotEqual(followUp.Id, afterNewDue.Notifications[0].Id);
    }

    [Fact]
    public void ResolvedAlertIsNotFollowedUp()
    {
        var catalog = Catalog();
        var keeper = new AlertBookKeeper(catalog);
        var runs = Run(catalog, [Growth("A2", "2025-Q1", 5.2), Growth("A2", "2025-Q2", 6.3)], "2025-Q1", "2025-Q2");
        keeper.Evaluated(runs[0]);
        var id = Assert.Single(keeper.Records).Id;
        keeper.Respond(AlertResponses.Acknowledge(keeper.Record(id), "note", "owner", null, Due, FirstRun));
        keeper.Evaluated(runs[1]);

        Assert.True(keeper.Checked(new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero)).IsEmpty);
    }

    [Fact]
    public void AcknowledgementNeedsANoteAndAnOwnerAndAClosedAlertCannotBeAcknowledged()
    {
        var (keeper, id) = LaggingA2();

        var refused = AlertResponses.Acknowledge(keeper.Record(id), " ", "", null, null, FirstRun);
        keeper.Respond(AlertResponses.Close(keeper.Record(id), "handled at the monthly meeting", "duty desk", FirstRun));
        var afterClose = AlertResponses.Acknowledge(keeper.Record(id), "note", "owner", null, null, FirstRun);

        Assert.Equal(2, refused.Problems.Count);
        Assert.Equal(AlertResponseStatus.Closed, keeper.Record(id).Response.Status);
        Assert.False(afterClose.Accepted);
        Assert.Equal([AlertEventKind.New, AlertEventKind.Closed], keeper.History(id).Select(e => e.Kind));
    }
}
