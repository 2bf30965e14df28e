using Regional.Catalogs;
using Regional.Observations;

namespace Regional.Core.Tests.Catalogs;

public sealed class ForeignCatalogTests
{
    private static Catalog LoadEu() => CatalogLoader.Load(CatalogFolder.Fixture("eu-fiscal"));

    [Fact]
    public void EuMemberStatesLoadUnderAnEuRootWithoutCodeChanges()
    {
        var catalog = LoadEu();

        Assert.Equal("eu-fiscal", catalog.Info.Id);
        Assert.Equal("EU", catalog.Root!.Code);
        Assert.Equal(["DE", "FR", "NL", "IT", "ES"], catalog.ComparedRegions.Select(r => r.Code));
        Assert.Equal(2, catalog.ComparedRegions.Select(r => r.PeerGroup).Distinct().Count());
    }

    [Fact]
    public void TreatyReferenceValuesBecomeBandRedLines()
    {
        var rules = LoadEu().Rules.RedLines;

        var deficit = rules.Single(r => r.Id == "deficit-reference-value");
        Assert.Equal("deficit_ratio", deficit.IndicatorId);
        Assert.Equal(3.0, deficit.Bands.Single(b => b.Name == "above-reference").From);
        var debt = rules.Single(r => r.Id == "debt-reference-value");
        Assert.Equal("gross_debt_ratio", debt.IndicatorId);
        Assert.Equal(60, debt.Bands.Single(b => b.Name == "above-reference").From);
    }

    [Fact]
    public void CamelCaseEnumsOmittedDefaultsAndMissingChineseNamesAreAccepted()
    {
        var catalog = LoadEu();

        Assert.Equal(Basis.PeriodGrowth, catalog.FindIndicator("real_gdp_growth")!.Basis);
        Assert.Equal(Direction.HigherIsBetter, catalog.FindIndicator("real_gdp_growth")!.Direction);
        Assert.Equal("Netherlands", catalog.FindRegion("NL")!.NameZh);
        Assert.Equal(new Derivation("gross_debt_meur", "gdp_meur", 100), catalog.FindIndicator("gross_debt_ratio")!.Derivation);
        Assert.False(catalog.Rules.Quality.Hierarchy.Enabled);
        Assert.False(catalog.Rules.Quality.CrossIndicator.Enabled);
        Assert.Equal(3.0, catalog.Rules.Quality.Revision.FailPercent);
        Assert.Equal(TimeSpan.FromHours(12), catalog.Rules.Alerts.RepeatAfter);
    }

    [Fact]
    public void MemberStatesWithoutTheirOwnTargetInheritTheUnionTarget()
    {
        var catalog = LoadEu();

        Assert.Equal(1.0, catalog.FindTarget(2025, "DE", "real_gdp_growth")!.Value);
        Assert.Equal(2.0, catalog.FindTarget(2025, "ES", "real_gdp_growth")!.Value);
    }
}
