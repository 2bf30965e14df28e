using Regional.Api.Contracts;
using Regional.Api.Http;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

public sealed class CatalogEndpointTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    [Fact]
    public async Task RegionsListTheProvinceFirstThenItsComparedDivisions()
    {
        var list = Ok<RegionList>(await Api.Get("/api/regions", As.ChengduViewer));

        Assert.Equal(CatalogId, list.CatalogId);
        Assert.Equal((As.Province, false), (list.Regions[0].Code, list.Regions[0].Compared));
        Assert.Equal(Regions.Order(StringComparer.Ordinal), list.Regions.Where(r => r.Compared).Select(r => r.Code));
        Assert.Equal(As.Province, list.Regions.Single(r => r.Code == As.Chengdu).ParentCode);
    }

    [Fact]
    public async Task IndicatorsCarryUnitDirectionAndDerivation()
    {
        var list = Ok<IndicatorList>(await Api.Get("/api/indicators", As.FunctionKey));

        var debt = list.Indicators.Single(i => i.Id == "debt_ratio");
        Assert.Equal(Regional.Catalogs.Direction.LowerIsBetter, debt.Direction);
        Assert.Equal(("gov_debt", "fiscal_capacity"), (debt.Derivation!.NumeratorId, debt.Derivation.DenominatorId));
        Assert.Contains(list.Indicators, i => i.Id == "gdp_growth" && i.Unit == "%");
    }

    [Fact]
    public async Task TargetsOfAYearGiveEveryRegionTheTargetInForceAndWhereItWasSet()
    {
        var list = Ok<TargetList>(await Api.Get("/api/catalog/targets/2025", As.ProvinceViewer));

        var province = list.Targets.Single(t => t.RegionCode == As.Province && t.IndicatorId == "gdp_growth");
        Assert.Equal((6.0, As.Province), (province.Value, province.SetFor));
        Assert.Equal(("around", "around 6.0%", "6.0%左右"), (province.Qualifier, province.WordingEn, province.WordingZh));
        Assert.Equal(["on-track", "behind", "lagging", "seriously-lagging"], list.Bands.Select(b => b.Name));
        Assert.Equal("严重落后", list.Bands[^1].NameZh);
        Assert.All(Regions, code => Assert.Contains(list.Targets, t => t.RegionCode == code && t.IndicatorId == "gdp_growth"));
        Assert.Empty(Ok<TargetList>(await Api.Get("/api/catalog/targets/1990", As.ProvinceViewer)).Targets);
    }

    [Theory]
    [InlineData("25")]
    [InlineData("2025' or '1'='1")]
    [InlineData("１２３４")]
    [InlineData("+2025")]
    public async Task YearThatIsNotFourDigitsIsRefused(string year)
    {
        var problem = ProblemOf(await Api.Get($"/api/catalog/targets/{Uri.EscapeDataString(year)}", As.ProvinceViewer), 400);

        Assert.Equal(ApiProblemCodes.InvalidYear, problem.Code);
    }
}
