using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Quality;

public class PeerOutliersTests
{
    // Five ordinary values 4–8 and B3: with B3 above 8 the median is 6.5 and the MAD 1.5.
    private static List<Finding> Outliers(double b3, Catalog? catalog = null) => Findings(
        catalog ?? TestCatalog.Create(),
        Q3,
        RuleIds.QualityPeerOutlier,
        Each("gdp_growth", Q3, ("A1", 4), ("A2", 5), ("A3", 6), ("B1", 7), ("B2", 8), ("B3", b3)));

    [Theory]
    [InlineData(14, null)]
    [InlineData(15, "warn")]
    [InlineData(19, "warn")]
    [InlineData(20, "fail")]
    public void RobustZWarnsAtThreePointFiveAndFailsAtSix(double b3, string? state)
    {
        var findings = Outliers(b3);

        Assert.Equal(state, findings.SingleOrDefault()?.State);
    }

    [Fact]
    public void FindingCarriesTheMedianAndTheRobustZ()
    {
        var finding = Assert.Single(Outliers(25));

        Assert.Equal(("B3", "gdp_growth", "fail", Severity.Major), (finding.RegionCode, finding.IndicatorId, finding.State, finding.Severity));
        Assert.Equal(25, finding.Value);
        Assert.Equal(6.5, finding.Threshold);
        Assert.Equal(0.6745 * 18.5 / 1.5, finding.Gap!.Value, 9);
    }

    [Fact]
    public void LowOutlierHasANegativeZ()
    {
        // With B3 lowest the median is 5.5 and the deviations 1.5, 0.5, 0.5, 1.5, 2.5 and 25.5: MAD 1.5.
        var finding = Assert.Single(Outliers(-20));

        Assert.Equal(0.6745 * -25.5 / 1.5, finding.Gap!.Value, 9);
    }

    [Fact]
    public void TooFewRegionsGiveNoScore()
    {
        var catalog = WithQuality(q => q with { PeerOutlier = q.PeerOutlier with { MinRegions = 7 } });

        Assert.Empty(Outliers(100, catalog));
    }

    [Fact]
    public void RegionMissingFromThePeriodIsLeftOutAndTheRestStillCount()
    {
        var observations = Each("gdp_growth", Q3, ("A1", 4), ("A2", 5), ("A3", 6), ("B1", 7), ("B3", 40));

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityPeerOutlier, observations));

        Assert.Equal("B3", finding.RegionCode);
        Assert.Equal(6, finding.Threshold);
    }

    [Fact]
    public void ZeroMadGivesNoScore()
    {
        var observations = Each("gdp_growth", Q3, ("A1", 6), ("A2", 6), ("A3", 6), ("B1", 6), ("B2", 0), ("B3", 30));

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityPeerOutlier, observations));
    }

    [Fact]
    public void TheProvinceIsNotAPeer()
    {
        var observations = Each("gdp_growth", Q3, (TestCatalog.Province, 90), ("A1", 4), ("A2", 5), ("A3", 6), ("B1", 7), ("B2", 8), ("B3", 6));

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityPeerOutlier, observations));
    }

    [Fact]
    public void OnlyListedIndicatorsAreScored()
    {
        var observations = Each("electricity_growth", Q3, ("A1", 4), ("A2", 5), ("A3", 6), ("B1", 7), ("B2", 8), ("B3", 50));

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityPeerOutlier, observations));
    }
}
