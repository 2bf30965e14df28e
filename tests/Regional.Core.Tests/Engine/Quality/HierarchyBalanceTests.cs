using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Observations;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Quality;

public class HierarchyBalanceTests
{
    private static IEnumerable<Observation> Gdp(double province, double lastChild) =>
        Each("gdp", Q3, (TestCatalog.Province, province), ("A1", 20), ("A2", 20), ("A3", 20), ("B1", 20), ("B2", 10), ("B3", lastChild));

    [Fact]
    public void ChildrenAddingUpToTheParentGiveNoFinding()
    {
        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityHierarchy, Gdp(100, 10)));
    }

    [Theory]
    [InlineData(10.9, null)]
    [InlineData(11, "warn")]
    [InlineData(12.9, "warn")]
    [InlineData(13, "fail")]
    [InlineData(7, "fail")]
    [InlineData(9.5, null)]
    public void ImbalanceInPercentOfTheParentWarnsAtOneAndFailsAtThree(double lastChild, string? state)
    {
        var findings = Findings(TestCatalog.Create(), Q3, RuleIds.QualityHierarchy, Gdp(100, lastChild));

        Assert.Equal(state, findings.SingleOrDefault()?.State);
    }

    [Fact]
    public void FindingIsOnTheParentWithTheSignedImbalanceAsGap()
    {
        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityHierarchy, Gdp(100, 5)));

        Assert.Equal((TestCatalog.Province, "gdp", "fail", Severity.Major), (finding.RegionCode, finding.IndicatorId, finding.State, finding.Severity));
        Assert.Equal(95, finding.Value);
        Assert.Equal(100, finding.Threshold);
        Assert.Equal(-5, finding.Gap);
        Assert.Contains("95", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("-5%", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingChildMakesTheCheckIncompleteNeitherAPassNorAnImbalance()
    {
        var observations = Gdp(100, 10).Where(o => o.RegionCode != "A2").ToList();
        var reportedSum = observations.Where(o => o.RegionCode != TestCatalog.Province).Sum(o => o.Value);

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityHierarchy, observations));

        Assert.Equal((TestCatalog.Province, FindingStates.Incomplete, Severity.Info), (finding.RegionCode, finding.State, finding.Severity));
        Assert.Equal(reportedSum, finding.Value!.Value, 9);
        Assert.Equal(100, finding.Threshold);
        Assert.Equal(reportedSum, finding.Gap!.Value, 9); // the share of the total of 100 the five cover, in %
        Assert.Equal(["A2"], finding.MissingRegionCodes!.Value.AsEnumerable());
        Assert.Contains("1 of 6 subordinate regions", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("Alpha Two", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportingChildrenAboveTheTotalAreStillIncompleteUnderTheDefaultMode()
    {
        var observations = Gdp(100, 50).Where(o => o.RegionCode != "A2");

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityHierarchy, observations));

        Assert.Equal(FindingStates.Incomplete, finding.State);
    }

    [Fact]
    public void UnderPartialNullTheReportingChildrenAreComparedWithTheTotal()
    {
        var catalog = WithQuality(q => q with { Hierarchy = q.Hierarchy with { Mode = HierarchyMode.PartialNull } });
        var observations = Gdp(100, 50).Where(o => o.RegionCode != "A2");

        var finding = Assert.Single(Findings(catalog, Q3, RuleIds.QualityHierarchy, observations));

        Assert.Equal(("fail", 120.0, 20.0), (finding.State, finding.Value, finding.Gap));
        Assert.Contains("5 subordinate regions", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingParentMeansNoFinding()
    {
        var observations = Gdp(100, 50).Where(o => o.RegionCode != TestCatalog.Province);

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityHierarchy, observations));
    }

    [Fact]
    public void ZeroParentWithChildrenAboveZeroFailsWithoutAPercentage()
    {
        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityHierarchy, Gdp(0, 10)));

        Assert.Equal("fail", finding.State);
        Assert.Null(finding.Gap);
    }

    [Fact]
    public void ZeroParentWithZeroChildrenBalances()
    {
        var observations = Each("safety_deaths", Q3, (TestCatalog.Province, 0), ("A1", 0), ("A2", 0), ("A3", 0), ("B1", 0), ("B2", 0), ("B3", 0));

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityHierarchy, observations));
    }

    [Fact]
    public void NonAdditiveIndicatorsAreNotChecked()
    {
        var observations = Each("gdp_growth", Q3, (TestCatalog.Province, 6), ("A1", 6), ("A2", 6), ("A3", 6), ("B1", 6), ("B2", 6), ("B3", 6));

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityHierarchy, observations));
    }

    [Fact]
    public void EveryRegionWithChildrenIsAParent()
    {
        ImmutableArray<Region> regions = [.. TestCatalog.Regions(), new("A1a", "Alpha One A", "甲一甲", "county", "A1", null), new("A1b", "Alpha One B", "甲一乙", "county", "A1", null)];
        var catalog = WithRegions(regions);

        var finding = Assert.Single(Findings(catalog, Q3, RuleIds.QualityHierarchy, Each("gdp", Q3, ("A1", 20), ("A1a", 12), ("A1b", 10))));

        Assert.Equal("A1", finding.RegionCode);
        Assert.Equal(10, finding.Gap);
    }
}
