using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.EngineFixture;
using static Regional.Core.Tests.Engine.RedLines.RedLineFixture;

namespace Regional.Core.Tests.Engine.RedLines;

public class QuotaRuleTests
{
    private static EvaluationResult Land(string region, double mu, AlertState? previous = null) =>
        Evaluate(Catalog(), "2025-Q3", [Level(region, "arable_land", "2025-Q3", mu)], previous is null ? [] : [previous]);

    [Fact]
    public void AreaBelowTheQuotaIsABreach()
    {
        var finding = Single(Land("A1", 999_000), "A1", "arable-land");

        Assert.Equal("breach", finding.State);
        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(1_000_000, finding.Threshold);
        Assert.Equal(-1_000, finding.Gap);
    }

    [Fact]
    public void AreaExactlyAtTheQuotaIsNotABreach() =>
        Assert.Empty(Land("A1", 1_000_000).Findings);

    [Fact]
    public void ZeroAreaIsABreach() =>
        Assert.Equal(-2_000_000, Single(Land("A2", 0), "A2", "arable-land").Gap);

    [Fact]
    public void RegionWithoutAQuotaIsNotEvaluated() =>
        Assert.Empty(Land("A3", 0).Findings);

    [Theory]
    [InlineData(1_000_500, true)]
    [InlineData(1_000_999, true)]
    [InlineData(1_001_000, false)]
    public void BreachClearsOnlyOncePastTheQuotaByTheClearMargin(double mu, bool breached)
    {
        var previous = Firing("A1", "arable-land", "arable_land", "breach", Severity.Critical);

        Assert.Equal(breached, Land("A1", mu, previous).Findings.Any(f => f.RuleId == "arable-land"));
    }
}
