using Regional.Engine;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Quality;

public class CrossIndicatorPlausibilityTests
{
    [Theory]
    [InlineData(7.9, null)]
    [InlineData(8, "warn")]
    [InlineData(12.9, "warn")]
    [InlineData(13, "fail")]
    [InlineData(-2, "warn")]
    [InlineData(-7, "fail")]
    public void GapToTheMeanOfTheProxiesWarnsAtFiveAndFailsAtTenPoints(double gdpGrowth, string? state)
    {
        // Proxies 2 and 4: their mean is 3.
        var observations = new[] { Of("A2", "gdp_growth", gdpGrowth), Of("A2", "electricity_growth", 2), Of("A2", "tax_revenue_growth", 4) };

        var findings = Findings(TestCatalog.Create(), Q3, RuleIds.QualityCrossIndicator, observations);

        Assert.Equal(state, findings.SingleOrDefault()?.State);
    }

    [Fact]
    public void FindingCarriesTheSubjectTheProxyMeanAndTheSignedGap()
    {
        var observations = new[] { Of("B1", "gdp_growth", -9), Of("B1", "electricity_growth", 2), Of("B1", "tax_revenue_growth", 4) };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityCrossIndicator, observations));

        Assert.Equal(("B1", "gdp_growth"), (finding.RegionCode, finding.IndicatorId));
        Assert.Equal(-9, finding.Value);
        Assert.Equal(3, finding.Threshold);
        Assert.Equal(-12, finding.Gap);
        Assert.Contains("12 points below", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OneProxyIsEnough()
    {
        var observations = new[] { Of("A1", "gdp_growth", 12), Of("A1", "tax_revenue_growth", 1) };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityCrossIndicator, observations));

        Assert.Equal(1, finding.Threshold);
        Assert.Equal("fail", finding.State);
    }

    [Fact]
    public void WithoutAnyProxyThereIsNoFinding()
    {
        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityCrossIndicator, [Of("A1", "gdp_growth", 25)]));
    }

    [Fact]
    public void WithoutTheSubjectThereIsNoFinding()
    {
        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityCrossIndicator, [Of("A1", "electricity_growth", 25)]));
    }

    [Fact]
    public void TheProvinceIsCheckedToo()
    {
        var observations = new[] { Of(TestCatalog.Province, "gdp_growth", 6), Of(TestCatalog.Province, "electricity_growth", -6) };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityCrossIndicator, observations));

        Assert.Equal(TestCatalog.Province, finding.RegionCode);
    }
}
