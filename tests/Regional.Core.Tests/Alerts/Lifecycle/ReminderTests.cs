using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Alerts.Lifecycle;

public class ReminderTests
{
    private static readonly AlertRules Repeat = new(RepeatCritical: true, RepeatAfter: TimeSpan.FromDays(1), RepeatBackoff: 2.0, RepeatMax: TimeSpan.FromDays(3));

    /// <summary>A critical red line (debt ratio in the red band) notified at <see cref="FirstRun"/>.</summary>
    private static AlertBookKeeper CriticalDebt(AlertRules rules)
    {
        var catalog = Catalog(r => r with { Alerts = rules });
        var keeper = new AlertBookKeeper(catalog);
        var book = keeper.Evaluated(Evaluate(catalog, "2025-Q1", [Level("A1", "gov_debt", "2025-Q1", 310), Level("A1", "fiscal_capacity", "2025-Q1", 100)]));
        Assert.Equal(Severity.Critical, Assert.Single(book.Episodes).Severity);
        return keeper;
    }

    [Fact]
    public void StillFiringCriticalAlertIsRemindedAtGrowingIntervalsUpToTheMaximum()
    {
        var keeper = CriticalDebt(Repeat);

        var times = new List<double>();
        for (var hours = 1; hours <= 24 * 12; hours++)
        {
            if (!keeper.Checked(FirstRun.AddHours(hours)).Notifications.IsEmpty)
            {
                times.Add(hours / 24.0);
            }
        }

        // 1 day after the notification, then 2 days later, then capped at 3 days apart.
        Assert.Equal([1.0, 3.0, 6.0, 9.0, 12.0], times);
        Assert.All(keeper.Notifications.Skip(2), n => Assert.Equal(NotificationKind.Reminder, n.Kind));
        Assert.Equal(5, keeper.Notifications.Select(n => n.Id).Skip(2).Distinct().Count());
    }

    [Fact]
    public void NoReminderWhenRepeatIsOffOrOnceTheAlertIsAcknowledged()
    {
        var off = CriticalDebt(new AlertRules());
        var acknowledged = CriticalDebt(Repeat);
        var id = Assert.Single(acknowledged.Records).Id;
        acknowledged.Respond(AlertResponses.Acknowledge(acknowledged.Record(id), "restructuring", "finance bureau", null, null, FirstRun.AddHours(1)));

        Assert.True(off.Checked(FirstRun.AddDays(5)).IsEmpty);
        Assert.True(acknowledged.Checked(FirstRun.AddDays(5)).IsEmpty);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 2.0)]
    [InlineData(2, 3.0)]
    [InlineData(10, 3.0)]
    public void IntervalGrowsByTheBackoffAndStopsAtTheMaximum(int sent, double days)
    {
        Assert.Equal(TimeSpan.FromDays(days), ReminderSchedule.Interval(Repeat, sent));
    }
}
