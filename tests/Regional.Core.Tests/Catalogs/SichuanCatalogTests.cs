using Regional.Catalogs;
using Regional.Observations;

namespace Regional.Core.Tests.Catalogs;

public sealed class SichuanCatalogTests
{
    private static Catalog LoadSichuan() => CatalogLoader.LoadDefault();

    [Fact]
    public void BundledCatalogIsFoundNextToTheBinariesAndLoads()
    {
        var result = CatalogLoader.TryLoad(CatalogLoader.BundledDirectory());

        Assert.Empty(result.Problems);
        Assert.True(result.Succeeded);
        Assert.Equal("sichuan", result.Catalog.Info.Id);
        Assert.False(string.IsNullOrWhiteSpace(result.Catalog.Info.Version));
    }

    [Fact]
    public void ProvinceIsTheRootWithTwentyOneComparedPrefectures()
    {
        var catalog = LoadSichuan();

        Assert.Equal("510000", catalog.Root!.Code);
        Assert.Equal(21, catalog.ComparedRegions.Length);
        Assert.All(catalog.ComparedRegions, r => Assert.Matches("^51[0-9]{4}$", r.Code));
        Assert.All(catalog.ComparedRegions, r => Assert.Equal("prefecture", r.Level));
        Assert.Equal("成都市", catalog.FindRegion("510100")!.NameZh);
        Assert.Equal("Liangshan Yi Aut. Pref.", catalog.FindRegion("513400")!.NameEn);
    }

    [Fact]
    public void EveryUnitOtherThanPercentHasAChineseName()
    {
        var catalog = LoadSichuan();

        Assert.All(catalog.Indicators.Where(i => i.Unit != "%"), i => Assert.DoesNotContain(i.UnitZh ?? i.Unit, char.IsAsciiLetter));
        Assert.Equal(("亿元", "亩", "平方公里", "万人"), (catalog.FindIndicator("gdp")!.UnitZh, catalog.FindIndicator("arable_land")!.UnitZh, catalog.FindIndicator("eco_redline_area")!.UnitZh, catalog.FindIndicator("population")!.UnitZh));
    }

    [Fact]
    public void PrefecturesFallIntoTheFiveEconomicZones()
    {
        var catalog = LoadSichuan();

        var groups = catalog.ComparedRegions.GroupBy(r => r.PeerGroup).ToDictionary(g => g.Key!, g => g.Count());

        Assert.Equal(5, groups.Count);
        Assert.Equal(8, groups["chengdu-plain"]);
        Assert.Equal(4, groups["south-sichuan"]);
        Assert.Equal(5, groups["northeast-sichuan"]);
        Assert.Equal(2, groups["panxi"]);
        Assert.Equal(2, groups["northwest-sichuan"]);
    }

    [Fact]
    public void ProvinceTargetsAroundSixPercentGrowthFor2024And2025()
    {
        var catalog = LoadSichuan();

        var target2025 = catalog.FindTarget(2025, "510000", "gdp_growth");
        Assert.NotNull(target2025);
        Assert.Equal(6.0, target2025.Value);
        Assert.Contains("Seed document", target2025.Source, StringComparison.Ordinal);
        Assert.Equal(6.0, catalog.FindTarget(2024, "510000", "gdp_growth")!.Value);
    }

    [Fact]
    public void CityTargetsAreMarkedIllustrativeAndOtherIndicatorsInheritTheProvinceTarget()
    {
        var catalog = LoadSichuan();

        Assert.All(
            catalog.ComparedRegions,
            r => Assert.Contains("Illustrative", catalog.FindTarget(2025, r.Code, "gdp_growth")!.Source, StringComparison.Ordinal));
        var provinceRetail = catalog.FindTarget(2025, "510000", "retail_growth");
        Assert.Same(provinceRetail, catalog.FindTarget(2025, "510400", "retail_growth"));
    }

    [Fact]
    public void EveryIndicatorOfTheDefaultIdsIsPresentWithItsBasisAndDirection()
    {
        var catalog = LoadSichuan();
        string[] growth = ["gdp_growth", "industry_va_growth", "fai_growth", "retail_growth", "trade_growth", "budget_revenue_growth", "tax_revenue_growth", "electricity_growth"];
        string[] levels = ["gdp", "population", "arable_land", "basic_farmland", "eco_redline_area", "gov_debt", "fiscal_capacity", "safety_deaths", "bond_funds"];

        Assert.All(growth, id => Assert.Equal(Basis.YtdGrowth, catalog.FindIndicator(id)!.Basis));
        Assert.All(growth, id => Assert.Equal(Aggregation.None, catalog.FindIndicator(id)!.Aggregation));
        Assert.All(levels, id => Assert.Equal(Aggregation.Sum, catalog.FindIndicator(id)!.Aggregation));
        Assert.Equal(Direction.LowerIsBetter, catalog.FindIndicator("safety_deaths")!.Direction);
        Assert.Equal(Direction.HigherIsBetter, catalog.FindIndicator("bond_funds")!.Direction);
        var debtRatio = catalog.FindIndicator("debt_ratio")!;
        Assert.Equal(new Derivation("gov_debt", "fiscal_capacity", 100), debtRatio.Derivation);
        Assert.Equal(Direction.LowerIsBetter, debtRatio.Direction);
        Assert.Equal(growth.Length + levels.Length + 1, catalog.Indicators.Length);
    }

    [Fact]
    public void DebtWarningLineHasTheFourMinistryBands()
    {
        var rule = LoadSichuan().Rules.RedLines.Single(r => r.Id == "debt-warning-line");

        Assert.Equal(RedLineKind.Bands, rule.Kind);
        Assert.Equal("debt_ratio", rule.IndicatorId);
        Assert.Equal(["green", "yellow", "orange", "red"], rule.Bands.Select(b => b.Name));
        Assert.Equal([double.NegativeInfinity, 120, 200, 300], rule.Bands.Select(b => b.From));
        Assert.Equal([Severity.None, Severity.Warning, Severity.Major, Severity.Critical], rule.Bands.Select(b => b.Severity));
        Assert.True(rule.ClearMargin > 0);
        Assert.Contains("2021-01-12", rule.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arable-land", "arable_land", 75_425_700)]
    [InlineData("basic-farmland", "basic_farmland", 63_068_800)]
    [InlineData("ecological-red-line", "eco_redline_area", 148_500)]
    public void ProvinceQuotasComeFromTheSpatialPlanAndCitySplitsAddUpToThem(string ruleId, string indicatorId, double provinceQuota)
    {
        var catalog = LoadSichuan();
        var rule = catalog.Rules.RedLines.Single(r => r.Id == ruleId);

        Assert.Equal(RedLineKind.Quota, rule.Kind);
        Assert.Equal(indicatorId, rule.IndicatorId);
        Assert.Equal(provinceQuota, rule.Limits["510000"]);
        Assert.All(catalog.ComparedRegions, r => Assert.True(rule.Limits[r.Code] > 0));
        Assert.Equal(provinceQuota, catalog.ComparedRegions.Sum(r => rule.Limits[r.Code]), 6);
        Assert.Contains("illustrative", rule.Source, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EcologicalAreaMustNotDecreaseAndWorkSafetyHasACapPerCity()
    {
        var catalog = LoadSichuan();

        var noDecrease = catalog.Rules.RedLines.Single(r => r.Id == "ecological-no-decrease");
        Assert.Equal(RedLineKind.NoDecrease, noDecrease.Kind);
        Assert.Equal("eco_redline_area", noDecrease.IndicatorId);
        var safety = catalog.Rules.RedLines.Single(r => r.Id == "work-safety");
        Assert.Equal(RedLineKind.Cap, safety.Kind);
        Assert.All(catalog.ComparedRegions, r => Assert.True(safety.Limits[r.Code] > 0));
    }

    [Fact]
    public void QualityAndComparisonRulesUseTheDocumentedDefaults()
    {
        var rules = LoadSichuan().Rules;

        Assert.Equal(-0.5, rules.Targets.LaggingAtGap);
        Assert.Equal(-1.5, rules.Targets.SeriousAtGap);
        Assert.Equal(2, rules.Targets.EscalateAfterPeriods);
        Assert.Equal((1.0, 3.0), (rules.Quality.Hierarchy.WarnPercent, rules.Quality.Hierarchy.FailPercent));
        Assert.Equal("gdp_growth", rules.Quality.CrossIndicator.SubjectIndicatorId);
        Assert.Equal(["electricity_growth", "tax_revenue_growth"], rules.Quality.CrossIndicator.ProxyIndicatorIds.ToArray());
        Assert.Equal("gdp_growth", rules.Comparison.GrowthIndicatorId);
        Assert.Equal("gdp", rules.Comparison.WeightIndicatorId);
        Assert.Equal(1.0, rules.Comparison.CompositeWeights.Values.Sum(), 9);
        Assert.Equal(TimeSpan.FromDays(1), rules.Alerts.RepeatAfter);
    }
}
