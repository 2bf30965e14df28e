using System.Text;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Engine;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

public sealed class ScorecardEndpointTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    [Fact]
    public async Task PeriodScorecardListsEveryRegionTheProvinceIncludedWithValuesTargetsAndRanks()
    {
        await EvaluatedAsync(Q2, Q3);

        var view = Ok<PeriodScorecardView>(await Api.Get($"/api/periods/{Q3}/scorecard", As.ProvinceViewer));

        Assert.Equal((CatalogId, Q3), (view.CatalogId, view.Period.ToString()));
        Assert.Equal(Regions.Append(As.Province).Order(StringComparer.Ordinal), view.Regions.Select(r => r.RegionCode));
        Assert.Equal("province", view.Regions.Single(r => r.RegionCode == As.Province).Level);
        var chengdu = view.Regions.Single(r => r.RegionCode == As.Chengdu);
        Assert.Equal(("Chengdu", "成都市", "chengdu-plain"), (chengdu.NameEn, chengdu.NameZh, chengdu.PeerGroup));
        var growth = chengdu.Indicators.Single(i => i.IndicatorId == "gdp_growth");
        Assert.Equal(5.0, growth.Value);
        Assert.NotNull(growth.Target);
        Assert.NotNull(growth.Comparison);
        Assert.Equal(Regions.Length, growth.Comparison!.RankOf);
        Assert.Equal(0, growth.Comparison.RankChange);
    }

    [Fact]
    public async Task PeerGroupKeepsOnlyThatGroupsRegions()
    {
        await EvaluatedAsync(Q3);

        var view = Ok<PeriodScorecardView>(await Api.Get($"/api/periods/{Q3}/scorecard?peerGroup=panxi", As.ChengduViewer));

        Assert.Equal(["510400", "513400"], view.Regions.Select(r => r.RegionCode));
        Assert.Equal("panxi", view.PeerGroup);
    }

    [Fact]
    public async Task FormatCsvGivesOneRowPerRegionAndIndicator()
    {
        await EvaluatedAsync(Q3);

        var response = await Api.Get($"/api/periods/{Q3}/scorecard?format=csv", As.FunctionKey);

        Assert.Equal((200, MediaTypes.Csv), (response.Status, response.ContentType));
        var lines = Encoding.UTF8.GetString(response.Body.Span).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ScorecardCsv.Header, lines[0]);
        var chengduGrowth = Assert.Single(lines, l => l.StartsWith($"{Q3},{As.Chengdu},Chengdu,成都市,chengdu-plain,gdp_growth,5,", StringComparison.Ordinal));
        Assert.Equal(ScorecardCsv.Header.Split(',').Length, chengduGrowth.Split(',').Length);
    }

    [Fact]
    public async Task AcceptTextCsvAlsoGivesCsvAndAnUnproducibleAcceptIsRefused()
    {
        await EvaluatedAsync(Q3);

        var csv = await Api.Get($"/api/periods/{Q3}/scorecard", As.ProvinceViewer, ("Accept", "text/csv"));
        var html = await Api.Get($"/api/periods/{Q3}/scorecard", As.ProvinceViewer, ("Accept", "text/html"));
        var jsonAsCsv = await Api.Get($"/api/periods/{Q3}/scorecard?format=csv", As.ProvinceViewer, ("Accept", "application/json"));

        Assert.Equal(MediaTypes.Csv, csv.ContentType);
        Assert.Equal(ApiProblemCodes.NotAcceptable, ProblemOf(html, 406).Code);
        Assert.Equal(ApiProblemCodes.NotAcceptable, ProblemOf(jsonAsCsv, 406).Code);
    }

    [Fact]
    public async Task UnchangedScorecardIsAnswered304ForItsETagAndChangesTagWhenReevaluated()
    {
        await EvaluatedAsync(Q3);
        var first = await Api.Get($"/api/periods/{Q3}/scorecard", As.ProvinceViewer);
        var etag = first.Header("ETag")!;

        var again = await Api.Get($"/api/periods/{Q3}/scorecard", As.ProvinceViewer, ("If-None-Match", etag));
        var weak = await Api.Get($"/api/periods/{Q3}/scorecard", As.ProvinceViewer, ("If-None-Match", "\"other\", W/" + etag));
        var csv = await Api.Get($"/api/periods/{Q3}/scorecard?format=csv", As.ProvinceViewer, ("If-None-Match", etag));
        await IngestAsync(Envelope("chengdu-revision", Figure(As.Chengdu, "gdp_growth", Q3, 7.5)));
        await App.Get<Regional.Pipeline.EvaluationPipeline>().EvaluateAsync(Regional.Periods.Period.Parse(Q3));
        var changed = await Api.Get($"/api/periods/{Q3}/scorecard", As.ProvinceViewer, ("If-None-Match", etag));

        Assert.StartsWith("\"", etag, StringComparison.Ordinal);
        Assert.Equal((304, etag, 0), (again.Status, again.Header("ETag"), again.Body.Length));
        Assert.Equal(304, weak.Status);
        Assert.Equal(200, csv.Status);
        Assert.NotEqual(etag, csv.Header("ETag"));
        Assert.Equal(200, changed.Status);
        Assert.NotEqual(etag, changed.Header("ETag"));
    }

    [Fact]
    public async Task RankingAndRegionScorecardAnswer304ForTheirOwnTags()
    {
        await EvaluatedAsync(Q3);
        var ranking = await Api.Get($"/api/periods/{Q3}/rankings/gdp_growth", As.ProvinceViewer);
        var region = await Api.Get($"/api/regions/{As.Zigong}/scorecard/{Q3}", As.ChengduViewer);

        Assert.Equal(304, (await Api.Get($"/api/periods/{Q3}/rankings/gdp_growth", As.ProvinceViewer, ("If-None-Match", ranking.Header("ETag")!))).Status);
        Assert.Equal(304, (await Api.Get($"/api/regions/{As.Zigong}/scorecard/{Q3}", As.ChengduViewer, ("If-None-Match", region.Header("ETag")!))).Status);
        Assert.Equal(200, (await Api.Get($"/api/periods/{Q3}/rankings/retail_growth", As.ProvinceViewer, ("If-None-Match", ranking.Header("ETag")!))).Status);
        Assert.Equal(200, (await Api.Get($"/api/regions/{As.Chengdu}/scorecard/{Q3}", As.ChengduViewer, ("If-None-Match", region.Header("ETag")!))).Status);
    }

    [Fact]
    public async Task RankingListsRegionsBestFirstWithNames()
    {
        await EvaluatedAsync(Q3);

        var view = Ok<RankingView>(await Api.Get($"/api/periods/{Q3}/rankings/gdp_growth?peerGroup=chengdu-plain", As.ProvinceViewer));

        Assert.Equal(("gdp_growth", Regional.Catalogs.Direction.HigherIsBetter), (view.IndicatorId, view.Direction));
        Assert.All(view.Entries, e => Assert.Equal("chengdu-plain", e.PeerGroup));
        Assert.Equal(view.Entries.OrderBy(e => e.Rank).Select(e => e.RegionCode), view.Entries.Select(e => e.RegionCode));
        Assert.True(view.Entries.Zip(view.Entries.Skip(1)).All(p => p.First.Value >= p.Second.Value));
    }

    [Fact]
    public async Task RegionScorecardShowsOneRegionWithItsFindingsSplitByKind()
    {
        await EvaluatedAsync(Q3);

        var document = Ok<RegionScorecardDocument>(await Api.Get($"/api/regions/{As.Zigong}/scorecard/{Q3}", As.ChengduSubmitter));

        Assert.Equal((As.Zigong, "Zigong"), (document.Scorecard.RegionCode, document.Scorecard.NameEn));
        Assert.All(document.Scorecard.RedLines, f => Assert.Equal(FindingKind.RedLine, f.Kind));
        Assert.All(document.Scorecard.QualityFlags, f => Assert.Equal(FindingKind.Quality, f.Kind));
    }

    [Fact]
    public async Task QualityFlagCarriesItsChineseDetailAsDetailZh()
    {
        var figures = Complete(Q3, Regions).Select(f => f.Indicator == "gdp_growth" && f.Region == As.Zigong ? f with { Value = 45.0 } : f);
        await IngestAsync(Envelope("zigong-out-of-range", figures));
        await App.Get<Regional.Pipeline.EvaluationPipeline>().EvaluateAsync(Regional.Periods.Period.Parse(Q3));

        var response = await Api.Get($"/api/regions/{As.Zigong}/scorecard/{Q3}", As.ProvinceViewer);

        var flag = Assert.Single(Ok<RegionScorecardDocument>(response).Scorecard.QualityFlags, f => f.RuleId == RuleIds.QualityRange);
        Assert.Equal("自贡市2025年1—9月地区生产总值增速（累计）为45%，超出合理取值范围-20至30%（超出15）。", flag.DetailZh);
        Assert.Contains("\"detailZh\":", Encoding.UTF8.GetString(response.Body.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeriodNeverEvaluatedIs404AndTheProvinceHasAScorecardOfItsOwn()
    {
        await EvaluatedAsync(Q3);

        Assert.Equal(ApiProblemCodes.PeriodNotEvaluated, ProblemOf(await Api.Get("/api/periods/2024-Q3/scorecard", As.ProvinceViewer), 404).Code);
        Assert.Equal(ApiProblemCodes.PeriodNotEvaluated, ProblemOf(await Api.Get("/api/periods/2024-Q3/rankings/gdp_growth", As.ProvinceViewer), 404).Code);
        var province = Ok<RegionScorecardDocument>(await Api.Get($"/api/regions/{As.Province}/scorecard/{Q3}", As.ProvinceViewer)).Scorecard;
        Assert.Equal((As.Province, "province"), (province.RegionCode, province.Level));
        Assert.Equal(ApiProblemCodes.UnknownRegion, ProblemOf(await Api.Get($"/api/regions/999999/scorecard/{Q3}", As.ProvinceViewer), 404).Code);
        Assert.Equal(ApiProblemCodes.UnknownIndicator, ProblemOf(await Api.Get($"/api/periods/{Q3}/rankings/happiness", As.ProvinceViewer), 404).Code);
    }
}
