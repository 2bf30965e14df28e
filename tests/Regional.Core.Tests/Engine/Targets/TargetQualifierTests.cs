using Regional.Catalogs;
using Regional.Core.Tests.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Engine.Targets;

/// <summary>
/// Provinces each against their own target as it was set, with the catalog's three bands (on track; behind below 0,
/// exclusive; lagging at or below −1.0) and its qualifiers: "around" moves every edge by −0.5, "above" leaves exactly
/// the target out of on track, a range and "at least" take it in.
/// </summary>
public class TargetQualifierTests
{
    private static readonly Catalog Provinces = CatalogLoader.Load(CatalogFolder.Fixture("provinces"));

    private static EvaluationResult Q3(params (string Region, double Growth)[] figures) =>
        Evaluate(Provinces, "2025-Q3", figures.Select(f => Growth(f.Region, "2025-Q3", f.Growth)));

    private static TargetScore Target(EvaluationResult result, string region) =>
        result.Scorecards.Single(s => s.RegionCode == region).Indicator("gdp_growth")!.Target!;

    [Theory]
    [InlineData(5.7, "on-track")]    // around 6: on track from 5.5
    [InlineData(5.5, "on-track")]
    [InlineData(5.4, "behind")]
    [InlineData(4.6, "behind")]      // gap −1.4, lagging only from −1.5
    [InlineData(4.5, "lagging")]
    public void AroundSixIsOnTrackFromFivePointFive(double growth, string band)
    {
        var target = Target(Q3(("510000", growth)), "510000");

        Assert.Equal((band, "around"), (target.Band, target.Qualifier));
        Assert.Equal(growth - 6.0, target.Gap, 9);
    }

    [Theory]
    [InlineData(5.0, "behind")]      // above 5: exactly 5.0 is not on track
    [InlineData(5.01, "on-track")]
    public void AboveFiveIsOnTrackOnlyAboveFive(double growth, string band) =>
        Assert.Equal(band, Target(Q3(("440000", growth)), "440000").Band);

    [Theory]
    [InlineData(5.0, "on-track")]    // 5–5.5: on track from the lower end
    [InlineData(4.99, "behind")]
    public void ARangeIsOnTrackFromItsLowerEnd(double growth, string band)
    {
        var target = Target(Q3(("320000", growth)), "320000");

        Assert.Equal((band, 5.5), (target.Band, target.Upper!.Value));
    }

    [Theory]
    [InlineData(5.5, "on-track")]
    [InlineData(4.5, "lagging")]     // gap −1.0: the lagging edge is inclusive
    public void AtLeastTakesTheTargetItselfIn(double growth, string band) =>
        Assert.Equal(band, Target(Q3(("330000", growth)), "330000").Band);

    [Fact]
    public void MessagesQuoteTheTargetAsItWasSetAndNameTheCatalogsBand()
    {
        var transition = Assert.Single(Q3(("510000", 4.4)).Transitions);

        Assert.Contains("vs target around 6.0%", transition.MessageEn, StringComparison.Ordinal);
        Assert.EndsWith("lagging", transition.MessageEn, StringComparison.Ordinal);
        Assert.Contains("低于目标6.0%左右", transition.MessageZh, StringComparison.Ordinal);
        Assert.EndsWith("进度明显落后", transition.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void ARangeTargetIsQuotedWithBothEnds()
    {
        var transition = Assert.Single(Q3(("320000", 3.9)).Transitions);

        Assert.Contains("vs target 5.0–5.5%", transition.MessageEn, StringComparison.Ordinal);
        Assert.Contains("目标5.0%—5.5%", transition.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownQualifierIsRefusedWithTheDeclaredOnes()
    {
        using var folder = CatalogFolder.EuWith().Write("targets.json", """
            { "targets": [ { "year": 2025, "region": "DE", "indicator": "real_gdp_growth", "value": 1.0, "qualifier": "roughly" } ] }
            """);

        var problems = CatalogLoader.TryLoad(folder.Path).Problems;

        ProblemAssert.Has(problems, "targets.json", "$.targets[0].qualifier", "unknown target qualifier 'roughly' (rules.json targets.qualifiers declares none)");
    }
}
