using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.Targets;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Engine.Levels;

/// <summary>
/// Every region with figures and a target is evaluated against its own target: the province, the zones between it and
/// the counties, and the counties; ranks compare siblings only. Expected values follow from the default bands
/// (on track from a gap of 0, behind above −0.5, lagging at or below −0.5, seriously lagging at or below −1.5).
/// </summary>
public class EveryLevelEvaluationTests
{
    // Province P (target 6.0) > zones Z1 (own target 6.5) and Z2 (own target 5.5) > counties C1, C2 under Z1 and
    // C3, C4 under Z2, which inherit their zone's target.
    private static Catalog ThreeLevels()
    {
        var rules = Catalog().Rules;
        return new Catalog(
            new CatalogInfo("levels", "1", "Three levels", "三级", "Province, zones, counties."),
            [
                new("P", "Province", "省", "province", null, null),
                new("Z1", "Zone One", "一区", "zone", "P", null),
                new("Z2", "Zone Two", "二区", "zone", "P", null),
                new("C1", "County One", "一县", "county", "Z1", null),
                new("C2", "County Two", "二县", "county", "Z1", null),
                new("C3", "County Three", "三县", "county", "Z2", null),
                new("C4", "County Four", "四县", "county", "Z2", null),
            ],
            TestCatalog.Indicators(),
            [
                new GrowthTarget(2025, "P", "gdp_growth", 6.0),
                new GrowthTarget(2025, "Z1", "gdp_growth", 6.5),
                new GrowthTarget(2025, "Z2", "gdp_growth", 5.5),
            ],
            rules with { RedLines = [] });
    }

    private static EvaluationResult Q3(params (string Region, double Growth)[] figures) =>
        Evaluate(ThreeLevels(), "2025-Q3", figures.Select(f => Growth(f.Region, "2025-Q3", f.Growth)));

    private static readonly (string, double)[] AllReported =
        [("P", 5.7), ("Z1", 6.0), ("Z2", 5.6), ("C1", 7.0), ("C2", 5.0), ("C3", 5.6), ("C4", 5.4)];

    [Fact]
    public void TheProvinceIsComparedWithItsOwnTargetAndIsBehindByThreeTenths()
    {
        var result = Q3(AllReported);

        var province = Assert.Single(result.Scorecards, s => s.RegionCode == "P");
        var target = province.Indicator("gdp_growth")!.Target!;
        Assert.Equal("province", province.Level);
        Assert.Equal(6.0, target.Target);
        Assert.Equal(-0.3, target.Gap, 9);
        Assert.Equal(TargetBands.Behind, target.Band);
        var finding = Assert.Single(result.Findings, f => f.RegionCode == "P");
        Assert.Equal((RuleIds.GrowthTarget, "behind"), (finding.RuleId, finding.State));
    }

    [Fact]
    public void EachLevelMeetsItsOwnTargetOrTheNearestAncestorsOne()
    {
        var result = Q3(AllReported);

        var bands = result.Scorecards.ToDictionary(s => s.RegionCode, s => s.Indicator("gdp_growth")!.Target!.Band);
        Assert.Equal(TargetBands.Lagging, bands["Z1"]);            // 6.0 against its own 6.5: −0.5
        Assert.Equal(TargetBands.OnTrack, bands["Z2"]);            // 5.6 against its own 5.5: +0.1
        Assert.Equal(TargetBands.OnTrack, bands["C1"]);            // 7.0 against Z1's 6.5: +0.5
        Assert.Equal(TargetBands.SeriouslyLagging, bands["C2"]);   // 5.0 against Z1's 6.5: −1.5
        Assert.Equal(TargetBands.OnTrack, bands["C3"]);            // 5.6 against Z2's 5.5
        Assert.Equal(TargetBands.Behind, bands["C4"]);             // 5.4 against Z2's 5.5: −0.1
        Assert.Equal(["province", "zone", "zone", "county", "county", "county", "county"], result.Scorecards.Select(s => s.Level));
    }

    [Fact]
    public void RanksCompareSiblingsNeverAParentWithItsChildren()
    {
        var result = Q3(AllReported);

        ComparisonScore? Rank(string region) => result.Scorecards.Single(s => s.RegionCode == region).Indicator("gdp_growth")!.Comparison;
        Assert.Null(Rank("P"));
        Assert.Equal((1, 2), (Rank("Z1")!.Rank, Rank("Z1")!.RankOf));
        Assert.Equal((2, 2), (Rank("Z2")!.Rank, Rank("Z2")!.RankOf));
        Assert.Equal((1, 2), (Rank("C1")!.Rank, Rank("C1")!.RankOf));
        Assert.Equal((2, 2), (Rank("C2")!.Rank, Rank("C2")!.RankOf));
        Assert.Equal((1, 2), (Rank("C3")!.Rank, Rank("C3")!.RankOf));
        Assert.Equal((2, 2), (Rank("C4")!.Rank, Rank("C4")!.RankOf));

        // The gap to the parent's figure: C1's parent is Z1 (6.0), Z1's parent is P (5.7).
        Assert.Equal(1.0, Rank("C1")!.GapToProvince!.Value, 9);
        Assert.Equal(0.3, Rank("Z1")!.GapToProvince!.Value, 9);
    }

    [Fact]
    public void AProvinceLaggingItsTargetRaisesAnAlertOfItsOwn()
    {
        var result = Q3(("P", 5.0), ("Z1", 6.6), ("Z2", 5.6));

        var transition = Assert.Single(result.Transitions);
        Assert.Equal(new AlertKey("P", RuleIds.GrowthTarget, "gdp_growth"), transition.Key);
        Assert.Equal((Severity.Warning, "lagging"), (transition.Severity, transition.State));
        Assert.Equal(Standing.Lagging, result.Scorecards.Single(s => s.RegionCode == "P").Standing);
    }
}
