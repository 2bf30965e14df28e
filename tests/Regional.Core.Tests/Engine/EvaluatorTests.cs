using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Engine;

public class EvaluatorTests
{
    [Fact]
    public void ResultNamesThePeriodCatalogAndTime()
    {
        var result = Evaluate(Catalog(), "2025-Q3", []);

        Assert.Equal(("2025-Q3", "test", "1", FirstRun), (result.Period.ToString(), result.CatalogId, result.CatalogVersion, result.EvaluatedAt));
        Assert.Empty(result.Findings);
        Assert.Empty(result.Transitions);
    }

    [Fact]
    public void FindingsAreInCatalogRegionOrderThenGrowthBeforeRedLines()
    {
        var result = Evaluate(
            Catalog(),
            "2025-Q3",
            [
                Level("B1", "arable_land", "2025-Q3", 1), Growth("B1", "2025-Q3", 4.0),
                Level("A1", "arable_land", "2025-Q3", 1), Growth("A1", "2025-Q3", 4.0),
                Level(TestCatalog.Province, "gov_debt", "2025-Q3", 150), Level(TestCatalog.Province, "fiscal_capacity", "2025-Q3", 100),
            ]);

        Assert.Equal(
            [(TestCatalog.Province, "debt-warning-line"), ("A1", RuleIds.GrowthTarget), ("A1", "arable-land"), ("B1", RuleIds.GrowthTarget), ("B1", "arable-land")],
            result.Findings.Select(f => (f.RegionCode, f.RuleId)));
    }

    [Fact]
    public void ScorecardHoldsOnlyItsOwnRegionsFindings()
    {
        var result = Evaluate(Catalog(), "2025-Q3", [Growth("A1", "2025-Q3", 4.0), Level("A1", "safety_deaths", "2025-Q3", 80), Growth("A2", "2025-Q3", 6.0)]);

        var a1 = result.Scorecards[1];
        Assert.Equal("A1", a1.RegionCode);
        Assert.Equal(2, a1.Findings.Length);
        Assert.Equal(Severity.Major, a1.WorstRedLine);
        Assert.Empty(result.Scorecards[2].Findings);
    }

    [Fact]
    public void LatestVintageIsTheValueEvaluated()
    {
        var first = Growth("A2", "2025-Q3", 4.0);
        var revised = new Regional.Observations.Observation("A2", "gdp_growth", first.Period, 6.2, first.Basis, vintage: 2);

        var result = Evaluate(Catalog(), "2025-Q3", [revised, first]);

        Assert.Empty(result.Findings);
        Assert.Equal(6.2, result.Scorecards[2].Indicator("gdp_growth")!.Value);
    }
}

public class EvaluatorDeadlineTests
{
    [Fact]
    public void EmptyPeriodPastItsDeadlineRaisesCompletenessFindingsForEveryRegion()
    {
        var catalog = TestCatalog.Create();
        var input = new EvaluationInput(catalog, Regional.Periods.Period.Parse("2025-Q3"), [], [], FirstRun, DeadlinePassed: true);

        var result = Evaluator.Evaluate(input);

        Assert.Equal(
            TestCatalog.RegionCodes.Append(TestCatalog.Province).Order(StringComparer.Ordinal),
            result.Findings.Where(f => f.RuleId == RuleIds.QualityCompleteness).Select(f => f.RegionCode).Order(StringComparer.Ordinal));
        Assert.All(result.Scorecards, s => Assert.Equal(QualityStatus.Warn, s.Quality));
    }

    [Fact]
    public void EmptyPeriodBeforeItsDeadlineIsPendingAndIncompleteNeverFine()
    {
        var catalog = TestCatalog.Create();

        var result = Evaluator.Evaluate(new EvaluationInput(catalog, Regional.Periods.Period.Parse("2025-Q3"), [], [], FirstRun));

        Assert.All(result.Findings, f => Assert.Equal((RuleIds.QualityCompleteness, FindingStates.Pending, Severity.Info), (f.RuleId, f.State, f.Severity)));
        Assert.Empty(result.Transitions);
        Assert.All(result.Scorecards, s => Assert.Equal((QualityStatus.Pending, Standing.Incomplete), (s.Quality, s.Standing)));
        var a1 = Assert.Single(result.Scorecards, s => s.RegionCode == "A1");
        Assert.Equal(RedLineStatus.NoData, a1.RedLineState);
        Assert.Equal(Severity.None, a1.WorstRedLine);
    }
}
