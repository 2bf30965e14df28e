using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.RedLines;
using static Regional.Core.Tests.Engine.EngineFixture;
using static Regional.Core.Tests.Engine.RedLines.RedLineFixture;

namespace Regional.Core.Tests.Engine.RedLines;

public class ThresholdBandRuleTests
{
    private static EvaluationResult Debt(string region, double debt, double capacity, AlertState? previous = null) =>
        Evaluate(
            Catalog(),
            "2025-Q3",
            [Level(region, "gov_debt", "2025-Q3", debt), Level(region, "fiscal_capacity", "2025-Q3", capacity)],
            previous is null ? [] : [previous]);

    [Fact]
    public void DerivedDebtRatioFallsInItsBand()
    {
        var finding = Single(Debt("A1", 250, 100), "A1", "debt-warning-line");

        Assert.Equal("orange", finding.State);
        Assert.Equal(Severity.Major, finding.Severity);
        Assert.Equal(250, finding.Value!.Value, 9);
        Assert.Equal(200, finding.Threshold);
        Assert.Equal(50, finding.Gap!.Value, 9);
        Assert.Equal(FindingKind.RedLine, finding.Kind);
    }

    [Fact]
    public void GreenBandIsNotAFinding() =>
        Assert.Empty(Debt("A1", 100, 100).Findings);

    [Theory]
    [InlineData(120, "yellow", Severity.Warning)]
    [InlineData(300, "red", Severity.Critical)]
    public void ValueOnABandEdgeBelongsToTheWorseBand(double ratio, string band, Severity severity)
    {
        var finding = Single(Debt("A1", ratio, 100), "A1", "debt-warning-line");

        Assert.Equal(band, finding.State);
        Assert.Equal(severity, finding.Severity);
    }

    [Fact]
    public void ProvinceIsEvaluatedAlongsideItsRegions()
    {
        var finding = Single(Debt(TestCatalog.Province, 130, 100), TestCatalog.Province, "debt-warning-line");

        Assert.Equal("yellow", finding.State);
    }

    [Fact]
    public void ZeroFiscalCapacityGivesNoRatioAndNoFinding() =>
        Assert.Empty(Debt("A1", 130, 0).Findings);

    [Theory]
    [InlineData(197, "orange")]
    [InlineData(195, "orange")]
    [InlineData(194.9, "yellow")]
    public void BandIsLeftDownwardOnlyPastTheClearMargin(double ratio, string band)
    {
        var previous = Firing("A1", "debt-warning-line", "debt_ratio", "orange", Severity.Major);

        Assert.Equal(band, Single(Debt("A1", ratio, 100, previous), "A1", "debt-warning-line").State);
    }

    [Fact]
    public void ClearMarginHoldsOnlyTheBandThatWasHeld()
    {
        var previous = Firing("A1", "debt-warning-line", "debt_ratio", "red", Severity.Critical);

        Assert.Equal("yellow", Single(Debt("A1", 199, 100, previous), "A1", "debt-warning-line").State);
    }

    [Fact]
    public void GreenIsReachedPastTheMarginBelowTheWarningBand()
    {
        var previous = Firing("A1", "debt-warning-line", "debt_ratio", "yellow", Severity.Warning);

        Assert.Single(Debt("A1", 116, 100, previous).Findings);
        Assert.Empty(Debt("A1", 114, 100, previous).Findings);
    }

    [Theory]
    [InlineData(60, null)]
    [InlineData(50, "low")]
    [InlineData(30, "low")]
    [InlineData(20, "very-low")]
    [InlineData(-5, "very-low")]
    public void BandsOfAHigherIsBetterIndicatorWorsenDownward(double value, string? band)
    {
        var rule = new RedLineRule(
            "coverage", "Coverage", "覆盖率", RedLineKind.Bands, "coverage", Severity.Warning,
            [new Band("fine", "正常", Severity.None, double.PositiveInfinity), new Band("low", "低", Severity.Warning, 50), new Band("very-low", "很低", Severity.Major, 20)],
            ImmutableDictionary<string, double>.Empty);

        var outcome = ThresholdBandRule.Evaluate(rule, Direction.HigherIsBetter, new AlertKey("A1", "coverage", "coverage"), value, null);

        Assert.Equal(band, outcome.Finding?.State);
    }

    [Fact]
    public void ThresholdWhileGreenIsTheFirstWarningEdge()
    {
        var rule = TestCatalog.DefaultRules().RedLines[0];

        var outcome = ThresholdBandRule.Evaluate(rule, Direction.LowerIsBetter, new AlertKey("A1", rule.Id, rule.IndicatorId), 100, null);

        Assert.Null(outcome.Finding);
        Assert.Equal(120, outcome.Threshold);
        Assert.Equal(-20, outcome.Gap!.Value, 9);
    }
}
