using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Alerts.Lifecycle;

public class GroupingTests
{
    [Fact]
    public void EvaluationSendsOneNotificationPerRegionListingAllItsTransitionsPlusOneSummary()
    {
        var catalog = Catalog();
        var result = Evaluate(
            catalog,
            "2025-Q1",
            [Growth("A2", "2025-Q1", 5.2), Level("A2", "arable_land", "2025-Q1", 1_900_000), Level("A1", "safety_deaths", "2025-Q1", 60)]);

        var book = AlertLifecycle.Record(catalog, result, new Dictionary<string, AlertRecord>(), []);

        var regions = book.Notifications.Where(n => n.Kind == NotificationKind.Region).ToList();
        Assert.Equal(["A1", "A2"], regions.Select(n => n.RegionCode));
        var a2 = regions[1];
        Assert.Equal(["arable-land", RuleIds.GrowthTarget], a2.Items.Select(i => i.RuleId).Order(StringComparer.Ordinal));
        Assert.Equal(a2.Items.Max(i => i.Severity), a2.Severity);
        Assert.Equal("north", a2.PeerGroup);
        Assert.StartsWith("Alpha Two, 2025-Q1: 2 alerts\n- ", a2.TextEn, StringComparison.Ordinal);
        Assert.StartsWith("甲二，2025年第1季度：2条预警", a2.TextZh, StringComparison.Ordinal);

        var summary = Assert.Single(book.Notifications, n => n.Kind == NotificationKind.Summary);
        Assert.Null(summary.RegionCode);
        Assert.Equal(3, summary.Items.Length);
        Assert.Contains("Lagging (1): Alpha Two", summary.TextEn, StringComparison.Ordinal);
        Assert.Contains("Red lines breached (2): Alpha One, Alpha Two", summary.TextEn, StringComparison.Ordinal);
        Assert.Contains("落后（1）：甲二", summary.TextZh, StringComparison.Ordinal);
        Assert.Equal(book.Events.Select(e => e.Id).Order(StringComparer.Ordinal), regions.SelectMany(n => n.Items).Select(i => i.TransitionId).Order(StringComparer.Ordinal));
        Assert.All(book.Events, e => Assert.Equal(regions.Single(n => n.Items.Any(i => i.TransitionId == e.Id)).Id, e.NotificationId));
    }

    [Fact]
    public void InhibitedTransitionsAreRecordedWithTheReasonAndNotNotified()
    {
        var catalog = Catalog();
        var lagging = AlertFixture.Lagging("A2", Severity.Warning, inhibitedBy: RuleIds.QualityHierarchy);
        var decision = AlertFixture.Decide("2025-Q1", [lagging], readings: [AlertFixture.Reading(lagging)]);
        var result = Evaluate(catalog, "2025-Q1", []) with { Transitions = decision.Transitions, Alerts = decision.Alerts };

        var book = AlertLifecycle.Record(catalog, result, new Dictionary<string, AlertRecord>(), []);

        Assert.Empty(book.Notifications);
        var line = Assert.Single(book.Events);
        Assert.Equal((AlertEventKind.Inhibited, false, RuleIds.QualityHierarchy), (line.Kind, line.Notified, line.Reason));
        Assert.True(Assert.Single(book.Episodes).Inhibited);
    }

    [Fact]
    public void EvaluationWithoutNotifiedTransitionsSendsNoSummary()
    {
        var catalog = Catalog();
        var result = Evaluate(catalog, "2025-Q1", [Growth("A2", "2025-Q1", 6.5)]);

        var book = AlertLifecycle.Record(catalog, result, new Dictionary<string, AlertRecord>(), []);

        Assert.True(book.IsEmpty);
    }
}
