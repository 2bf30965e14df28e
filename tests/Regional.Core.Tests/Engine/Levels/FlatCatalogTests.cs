using Regional.Catalogs;
using Regional.Core.Tests.Catalogs;
using Regional.Engine;
using Regional.Observations;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Engine.Levels;

/// <summary>
/// A flat catalog: five member states with no aggregate above them, each against its own growth target, the Treaty's
/// reference values written with strict edges (above 3 %, above 60 %).
/// </summary>
public class FlatCatalogTests
{
    private static readonly Catalog MemberStates = CatalogLoader.Load(CatalogFolder.Fixture("member-states"));

    private static EvaluationResult Q3() => Evaluate(MemberStates, "2025-Q3",
    [
        Growth("DE", "2025-Q3", 0.2, "real_gdp_growth"),
        Growth("FR", "2025-Q3", 0.8, "real_gdp_growth"),
        Growth("NL", "2025-Q3", 1.5, "real_gdp_growth"),
        Growth("IT", "2025-Q3", 0.4, "real_gdp_growth"),
        Growth("ES", "2025-Q3", 2.9, "real_gdp_growth"),
        Level("DE", "deficit_ratio", "2025-Q3", 3.0),
        Level("FR", "deficit_ratio", "2025-Q3", 5.8),
        Level("NL", "deficit_ratio", "2025-Q3", 0.9),
        Level("IT", "deficit_ratio", "2025-Q3", 3.4),
        Level("ES", "deficit_ratio", "2025-Q3", 2.8),
        Level("DE", "gross_debt_meur", "2025-Q3", 600),
        Level("DE", "gdp_meur", "2025-Q3", 1000),
        Level("IT", "gross_debt_meur", "2025-Q3", 1350),
        Level("IT", "gdp_meur", "2025-Q3", 1000),
    ]);

    [Fact]
    public void AFlatCatalogLoadsWithSeveralTopLevelRegionsAndNoRoot()
    {
        Assert.Null(MemberStates.Root);
        Assert.Equal(["DE", "FR", "NL", "IT", "ES"], MemberStates.TopLevel.Select(r => r.Code));
        Assert.Equal(MemberStates.TopLevel, Assert.Single(MemberStates.SiblingGroups).Members);
    }

    [Fact]
    public void EveryMemberStateIsRankedAmongAllOfThem()
    {
        var result = Q3();

        Assert.Equal(
            [("ES", 1), ("NL", 2), ("FR", 3), ("IT", 4), ("DE", 5)],
            result.Scorecards.Select(s => (s.RegionCode, s.Indicator("real_gdp_growth")!.Comparison!.Rank)).OrderBy(x => x.Item2));
        Assert.All(result.Scorecards, s => Assert.Equal(5, s.Indicator("real_gdp_growth")!.Comparison!.RankOf));
        Assert.All(result.Scorecards, s => Assert.Null(s.Indicator("real_gdp_growth")!.Comparison!.GapToProvince));
    }

    [Fact]
    public void EachStateIsMeasuredAgainstItsOwnTarget()
    {
        var result = Q3();

        var gaps = result.Scorecards.ToDictionary(s => s.RegionCode, s => s.Indicator("real_gdp_growth")!.Target!.Gap);
        Assert.Equal(-0.3, gaps["DE"], 9);
        Assert.Equal(0.0, gaps["FR"], 9);
        Assert.Equal(0.3, gaps["NL"], 9);
        Assert.Equal(-0.2, gaps["IT"], 9);
        Assert.Equal(0.5, gaps["ES"], 9);
    }

    [Fact]
    public void ADeficitOfExactlyThreePercentIsNoBreachAndAboveItIs()
    {
        var breached = Q3().Findings.Where(f => f.RuleId == "deficit-reference-value").Select(f => f.RegionCode).Order(StringComparer.Ordinal);

        Assert.Equal(["FR", "IT"], breached);
    }

    [Fact]
    public void ADebtOfExactlySixtyPercentIsNoBreachAndAboveItIs()
    {
        var findings = Q3().Findings.Where(f => f.RuleId == "debt-reference-value").ToList();

        var italy = Assert.Single(findings);
        Assert.Equal(("IT", "above-reference"), (italy.RegionCode, italy.State));
        Assert.Equal(135, italy.Value!.Value, 9);
    }
}
