using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Observations;
using static Regional.Core.Tests.Engine.EngineFixture;
using static Regional.Core.Tests.Engine.RedLines.RedLineFixture;

namespace Regional.Core.Tests.Engine.RedLines;

public class NoDecreaseRuleTests
{
    private static EvaluationResult Land(double lastYear, double now, AlertState? previous = null)
    {
        var catalog = Catalog(r => r with { RedLines = [NoDecrease(tolerance: 10, clearMargin: 5)] });
        Observation[] figures = double.IsNaN(lastYear)
            ? [Level("A3", "arable_land", "2025-Q3", now)]
            : [Level("A3", "arable_land", "2024-Q3", lastYear), Level("A3", "arable_land", "2025-Q3", now)];
        return Evaluate(catalog, "2025-Q3", figures, previous is null ? [] : [previous]);
    }

    [Fact]
    public void DecreaseBeyondTheToleranceIsABreach()
    {
        var finding = Single(Land(1000, 989), "A3", "arable-no-decrease");

        Assert.Equal("breach", finding.State);
        Assert.Equal(Severity.Major, finding.Severity);
        Assert.Equal(990, finding.Threshold);
        Assert.Equal(-1, finding.Gap);
    }

    [Theory]
    [InlineData(990)]
    [InlineData(1000)]
    [InlineData(1200)]
    public void DecreaseWithinTheToleranceOrGrowthIsFine(double now) =>
        Assert.Empty(Land(1000, now).Findings);

    [Fact]
    public void WithoutLastYearsValueTheRuleIsNotEvaluated() =>
        Assert.Empty(Land(double.NaN, 0).Findings);

    [Fact]
    public void FallToZeroIsABreach() =>
        Assert.Equal(-990, Single(Land(1000, 0), "A3", "arable-no-decrease").Gap);

    [Theory]
    [InlineData(994, true)]
    [InlineData(995, false)]
    public void BreachClearsOnlyOncePastTheThresholdByTheClearMargin(double now, bool breached)
    {
        var previous = Firing("A3", "arable-no-decrease", "arable_land", "breach", Severity.Major);

        Assert.Equal(breached, Land(1000, now, previous).Findings.Any());
    }
}
