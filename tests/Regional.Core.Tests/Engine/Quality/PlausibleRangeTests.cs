using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Quality;

public class PlausibleRangeTests
{
    [Fact]
    public void ValueAboveTheMaximumFailsWithTheDefaultMargin()
    {
        var catalog = TestCatalog.Create();

        var finding = Assert.Single(Findings(catalog, Q3, RuleIds.QualityRange, [Of("A1", "gdp_growth", 45)]));

        Assert.Equal(("A1", "gdp_growth", "fail", Severity.Major, FindingKind.Quality), (finding.RegionCode, finding.IndicatorId, finding.State, finding.Severity, finding.Kind));
        Assert.Equal(45, finding.Value);
        Assert.Equal(40, finding.Threshold);
        Assert.Equal(5, finding.Gap);
        Assert.Contains("45", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("-30 to 40", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesOnTheBoundsAreAccepted()
    {
        var catalog = TestCatalog.Create();

        var findings = Findings(catalog, Q3, RuleIds.QualityRange, [Of("A1", "gdp_growth", 40), Of("A2", "gdp_growth", -30), Of("A3", "gdp", 0)]);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData(45, "warn")]
    [InlineData(47, "warn")]
    [InlineData(48, "fail")]
    [InlineData(-38, "fail")]
    [InlineData(-36, "warn")]
    public void OutsideByNoMoreThanTheMarginWarnsAndFurtherFails(double value, string state)
    {
        // gdp_growth ranges from -30 to 40: a tenth of the width is 7 points.
        var catalog = WithQuality(q => q with { Range = new RangeCheck(FailMarginFraction: 0.1) });

        var finding = Assert.Single(Findings(catalog, Q3, RuleIds.QualityRange, [Of("B2", "gdp_growth", value)]));

        Assert.Equal(state, finding.State);
        Assert.Equal(state == "fail" ? Severity.Major : Severity.Warning, finding.Severity);
    }

    [Fact]
    public void NegativeLevelIsBelowTheRange()
    {
        var catalog = TestCatalog.Create();

        var finding = Assert.Single(Findings(catalog, Q3, RuleIds.QualityRange, [Of("B1", "gdp", -5)]));

        Assert.Equal(0, finding.Threshold);
        Assert.Equal(-5, finding.Gap);
    }

    [Fact]
    public void DerivedValueOutsideTheRangeIsFlagged()
    {
        var catalog = TestCatalog.Create();

        var finding = Assert.Single(Findings(catalog, Q3, RuleIds.QualityRange, [Of("A1", "gov_debt", 2500), Of("A1", "fiscal_capacity", 100)]));

        Assert.Equal("debt_ratio", finding.IndicatorId);
        Assert.Equal(2500, finding.Value);
    }

    [Fact]
    public void TheProvinceItselfIsChecked()
    {
        var catalog = TestCatalog.Create();

        var finding = Assert.Single(Findings(catalog, Q3, RuleIds.QualityRange, [Of(TestCatalog.Province, "gdp_growth", 41)]));

        Assert.Equal(TestCatalog.Province, finding.RegionCode);
    }

    [Fact]
    public void OnlyTheEvaluatedPeriodIsChecked()
    {
        var catalog = TestCatalog.Create();

        var findings = Findings(catalog, Q3, RuleIds.QualityRange, [Of("A1", "gdp_growth", 45, Q2), Of("A1", "gdp_growth", 6)]);

        Assert.Empty(findings);
    }

    [Fact]
    public void DisabledCheckFindsNothing()
    {
        var catalog = WithQuality(q => q with { Range = new RangeCheck(Enabled: false) });

        Assert.Empty(Findings(catalog, Q3, RuleIds.QualityRange, [Of("A1", "gdp_growth", 45)]));
    }
}
