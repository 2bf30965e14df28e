using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.RedLines;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Engine.Levels;

/// <summary>
/// A missing figure is a state of its own (Grafana's NoData): each rule it feeds says <c>no-data</c>, the region is
/// incomplete, its red lines say no data, and nothing fires or resolves on the strength of a figure that is absent.
/// </summary>
public class NoDataTests
{
    [Fact]
    public void ARegionWithATargetButNoFigureHasANoDataResultNamingTheMissingIndicator()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 6.0)]);

        var a1 = Assert.Single(result.Scorecards, s => s.RegionCode == "A1");
        var growth = Assert.Single(a1.NoData, f => f.RuleId == RuleIds.GrowthTarget);
        Assert.Equal((FindingStates.NoData, Severity.None, 7.0), (growth.State, growth.Severity, growth.Threshold!.Value));
        Assert.Equal(["gdp_growth"], growth.MissingIndicatorIds!.Value.AsEnumerable());
        Assert.Equal(Standing.Incomplete, a1.Standing);
        Assert.DoesNotContain(result.Findings, f => f.RegionCode == "A1");
        Assert.Contains(result.NoData, f => f.RegionCode == "A1" && f.RuleId == RuleIds.GrowthTarget);
    }

    [Fact]
    public void MissingRedLineFiguresReadAsNoDataNotAsWithinTheLine()
    {
        // A1 has an arable-land quota and a work-safety cap; neither figure nor the debt ratio's parts arrived.
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A1", "2025-Q3", 7.5)]);

        var a1 = Assert.Single(result.Scorecards, s => s.RegionCode == "A1");
        Assert.Equal(RedLineStatus.NoData, a1.RedLineState);
        Assert.Equal(Severity.None, a1.WorstRedLine);
        Assert.Equal(Standing.Incomplete, a1.Standing);
        Assert.Equal(
            ["arable-land", "debt-warning-line", "work-safety"],
            a1.NoData.Where(f => f.Kind == FindingKind.RedLine).Select(f => f.RuleId).Order(StringComparer.Ordinal));

        // B3 has no quota and no cap: only the debt bands apply to it.
        var b3 = Assert.Single(result.Scorecards, s => s.RegionCode == "B3");
        Assert.Equal(["debt-warning-line"], b3.NoData.Where(f => f.Kind == FindingKind.RedLine).Select(f => f.RuleId));
    }

    [Fact]
    public void ARegionWithEveryFigureIsNotIncomplete()
    {
        var figures = new[]
        {
            Growth("B3", "2025-Q3", 6.2),
            Level("B3", "gov_debt", "2025-Q3", 50),
            Level("B3", "fiscal_capacity", "2025-Q3", 100),
        };

        var result = Evaluate(Catalog(), "2025-Q3", figures);

        var b3 = Assert.Single(result.Scorecards, s => s.RegionCode == "B3");
        Assert.Empty(b3.NoData);
        Assert.Equal((RedLineStatus.Ok, Standing.Normal), (b3.RedLineState, b3.Standing));
    }

    [Fact]
    public void AFiringAlertIsNeitherResolvedNorChangedWhileItsFigureIsMissing()
    {
        var firing = RedLines.RedLineFixture.Firing("A1", RuleIds.GrowthTarget, "gdp_growth", "lagging", Severity.Warning);

        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A2", "2025-Q3", 6.0)], [firing]);

        Assert.Empty(result.Transitions);
        Assert.Equal(AlertCondition.Firing, Assert.Single(result.Alerts, a => a.Key == firing.Key).Condition);
        Assert.Contains(result.NoData, f => f.Key == firing.Key);
    }

    [Fact]
    public void ABreachStillShowsAsABreachWhenAnotherRedLineHasNoData()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Level("A1", "safety_deaths", "2025-Q3", 80)]);

        var a1 = Assert.Single(result.Scorecards, s => s.RegionCode == "A1");
        Assert.Equal((RedLineStatus.Breach, Severity.Major), (a1.RedLineState, a1.WorstRedLine));
        Assert.Contains(a1.NoData, f => f.RuleId == "arable-land");
        Assert.Equal(RedLineEvaluator.BreachState, Assert.Single(a1.Findings, f => f.RuleId == "work-safety").State);
    }
}
