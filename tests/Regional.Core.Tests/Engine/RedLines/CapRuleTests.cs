using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.EngineFixture;
using static Regional.Core.Tests.Engine.RedLines.RedLineFixture;

namespace Regional.Core.Tests.Engine.RedLines;

public class CapRuleTests
{
    private static EvaluationResult Deaths(string region, double deaths, AlertState? previous = null, double clearMargin = 0)
    {
        var catalog = Catalog(r => r with { RedLines = r.RedLines.SetItem(2, r.RedLines[2] with { ClearMargin = clearMargin }) });
        return Evaluate(catalog, "2025-Q3", [Level(region, "safety_deaths", "2025-Q3", deaths)], previous is null ? [] : [previous]);
    }

    [Fact]
    public void CountAboveTheCapIsABreach()
    {
        var finding = Single(Deaths("A1", 51), "A1", "work-safety");

        Assert.Equal("breach", finding.State);
        Assert.Equal(Severity.Major, finding.Severity);
        Assert.Equal(50, finding.Threshold);
        Assert.Equal(1, finding.Gap);
    }

    [Fact]
    public void CountAtTheCapIsNotABreach() =>
        Assert.Empty(Deaths("A1", 50).Findings);

    [Fact]
    public void ZeroCountIsWithinTheCap() =>
        Assert.Empty(Deaths("B2", 0).Findings);

    [Fact]
    public void RegionWithoutACapIsNotEvaluated() =>
        Assert.Empty(Deaths("A3", 500).Findings);

    [Theory]
    [InlineData(49, true)]
    [InlineData(48, false)]
    public void BreachClearsOnlyOnceBelowTheCapByTheClearMargin(double deaths, bool breached)
    {
        var previous = Firing("A1", "work-safety", "safety_deaths", "breach", Severity.Major);

        Assert.Equal(breached, Deaths("A1", deaths, previous, clearMargin: 2).Findings.Any());
    }
}
