using Regional.Alerts;
using Regional.Catalogs;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Alerts;

public class RedLineAlertLifecycleTests
{
    [Fact]
    public void AreaWobblingAroundTheQuotaFiresOnceAndResolvesOnce()
    {
        var runs = Run(
            Catalog(),
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

        var transitions = runs.SelectMany(r => r.Transitions).ToList();
        Assert.Collection(
            transitions,
            t => Assert.Equal((TransitionKind.New, "2025-01"), (t.Kind, t.Period.ToString())),
            t => Assert.Equal((TransitionKind.Resolved, "2025-05", 4), (t.Kind, t.Period.ToString(), t.DurationPeriods)));
    }

    [Fact]
    public void UnchangedBreachIsNotNotifiedAgainButItsStreakGrows()
    {
        var runs = Run(
            Catalog(),
            [Level("A1", "safety_deaths", "2025-Q1", 60), Level("A1", "safety_deaths", "2025-Q2", 70)],
            "2025-Q1",
            "2025-Q2");

        Assert.Empty(runs[1].Transitions);
        var state = Assert.Single(runs[1].Alerts);
        Assert.Equal((2, 70.0, runs[1].Period), (state.Streak, state.LastValue!.Value, state.LastPeriod));
    }

    [Fact]
    public void WorseBandIsEscalatedAndNotified()
    {
        var runs = Run(
            Catalog(),
            [
                Level("A1", "gov_debt", "2025-Q1", 130), Level("A1", "fiscal_capacity", "2025-Q1", 100),
                Level("A1", "gov_debt", "2025-Q2", 310), Level("A1", "fiscal_capacity", "2025-Q2", 100),
            ],
            "2025-Q1",
            "2025-Q2");

        var escalated = Assert.Single(runs[1].Transitions);
        Assert.Equal((TransitionKind.Escalated, Severity.Critical, Severity.Warning, "red", true), (escalated.Kind, escalated.Severity, escalated.PreviousSeverity, escalated.State, escalated.Notify));
    }

    [Fact]
    public void BetterBandIsRecordedAsDeescalatedWithoutNotice()
    {
        var runs = Run(
            Catalog(),
            [
                Level("A1", "gov_debt", "2025-Q1", 250), Level("A1", "fiscal_capacity", "2025-Q1", 100),
                Level("A1", "gov_debt", "2025-Q2", 150), Level("A1", "fiscal_capacity", "2025-Q2", 100),
            ],
            "2025-Q1",
            "2025-Q2");

        var lower = Assert.Single(runs[1].Transitions);
        Assert.Equal((TransitionKind.Deescalated, Severity.Warning, "yellow", false), (lower.Kind, lower.Severity, lower.State, lower.Notify));
        Assert.Equal(Severity.Warning, Assert.Single(runs[1].Alerts).Severity);
    }

    [Fact]
    public void ProvinceRedLineIsAlertedWithItsOwnKey()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Level(TestCatalog.Province, "gov_debt", "2025-Q3", 310), Level(TestCatalog.Province, "fiscal_capacity", "2025-Q3", 100)]);

        var transition = Assert.Single(result.Transitions);
        Assert.Equal(new AlertKey(TestCatalog.Province, "debt-warning-line", "debt_ratio"), transition.Key);
    }
}
