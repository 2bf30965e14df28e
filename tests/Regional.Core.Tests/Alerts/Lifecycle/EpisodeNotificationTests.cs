using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Alerts.Lifecycle;

public class EpisodeNotificationTests
{
    private static readonly AlertKey A2Growth = new("A2", RuleIds.GrowthTarget, "gdp_growth");

    [Fact]
    public void LaggingForOneTwoThreeQuartersIsNotifiedNewEscalatedEscalatedThenResolvedWithTheDuration()
    {
        var catalog = Catalog();
        var keeper = new AlertBookKeeper(catalog);
        var runs = Run(catalog, [Growth("A2", "2025-Q1", 5.2), Growth("A2", "2025-Q2", 5.3), Growth("A2", "2025-Q3", 5.2), Growth("A2", "2025-Q4", 6.1)], "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");

        var books = runs.Select(keeper.Evaluated).ToList();

        var regionItems = books.Select(b => Assert.Single(Assert.Single(b.Notifications, n => n.Kind == NotificationKind.Region).Items)).ToList();
        Assert.Equal([TransitionKind.New, TransitionKind.Escalated, TransitionKind.Escalated, TransitionKind.Resolved], regionItems.Select(i => i.Kind));
        var id = AlertIds.For(A2Growth, runs[0].Period);
        Assert.All(regionItems, i => Assert.Equal(id, i.AlertId));
        var episode = keeper.Record(id).Episode;
        Assert.Equal((AlertCondition.Resolved, runs[3].EvaluatedAt - runs[0].EvaluatedAt), (episode.Condition, episode.Duration!.Value));
        var history = keeper.History(id);
        Assert.Equal([AlertEventKind.New, AlertEventKind.Escalated, AlertEventKind.Escalated, AlertEventKind.Resolved], history.Select(e => e.Kind));
        Assert.Equal(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"], history.Select(e => e.Period.ToString()));
        Assert.Equal([5.2, 5.3, 5.2, 6.1], history.Select(e => e.Value!.Value));
        Assert.Equal(3, history[2].Streak);
        Assert.All(history, e => Assert.True(e.Notified));
        Assert.Contains("after 3 quarters", regionItems[3].MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void FlappingAroundTheRedLineWithHysteresisIsNotifiedOnceFiringAndOnceResolved()
    {
        var catalog = Catalog();
        var keeper = new AlertBookKeeper(catalog);
        var runs = Run(
            catalog,
            [
                Level("A1", "arable_land", "2025-01", 999_999), Level("A1", "arable_land", "2025-02", 1_000_200),
                Level("A1", "arable_land", "2025-03", 999_900), Level("A1", "arable_land", "2025-04", 1_000_500),
                Level("A1", "arable_land", "2025-05", 1_001_500),
            ],
            "2025-01",
            "2025-02",
            "2025-03",
            "2025-04",
            "2025-05");

        foreach (var run in runs)
        {
            keeper.Evaluated(run);
        }

        var items = keeper.Notifications.Where(n => n.Kind == NotificationKind.Region).SelectMany(n => n.Items).ToList();
        Assert.Equal([TransitionKind.New, TransitionKind.Resolved], items.Select(i => i.Kind));
        Assert.Equal(2, keeper.Notifications.Count(n => n.Kind == NotificationKind.Summary));
    }

    [Fact]
    public void UnchangedFiringAlertSendsNothingButItsEpisodeKeepsCount()
    {
        var catalog = Catalog();
        var keeper = new AlertBookKeeper(catalog);
        var runs = Run(catalog, [Level("A1", "safety_deaths", "2025-Q1", 60), Level("A1", "safety_deaths", "2025-Q2", 70)], "2025-Q1", "2025-Q2");

        keeper.Evaluated(runs[0]);
        var second = keeper.Evaluated(runs[1]);

        Assert.Empty(second.Notifications);
        Assert.Empty(second.Events);
        var episode = Assert.Single(keeper.Records).Episode;
        Assert.Equal((2, 70.0, "2025-Q2"), (episode.Streak, episode.LastValue!.Value, episode.LastPeriod.ToString()));
    }

    [Fact]
    public void SameEvaluationRecordedAgainBuildsTheSameNotificationIdsAndHistoryLines()
    {
        var catalog = Catalog();
        var result = Evaluate(catalog, "2025-Q1", [Growth("A2", "2025-Q1", 5.2), Level("A1", "safety_deaths", "2025-Q1", 60)]);

        var first = AlertLifecycle.Record(catalog, result, new Dictionary<string, AlertRecord>(), []);
        var again = AlertLifecycle.Record(catalog, result with { EvaluatedAt = result.EvaluatedAt.AddMinutes(5) }, new Dictionary<string, AlertRecord>(), []);

        Assert.Equal(first.Notifications.Select(n => n.Id), again.Notifications.Select(n => n.Id));
        Assert.Equal(first.Events.Select(e => e.Id), again.Events.Select(e => e.Id));
        Assert.Equal(first.Episodes.Select(e => e.Id), again.Episodes.Select(e => e.Id));
    }
}
