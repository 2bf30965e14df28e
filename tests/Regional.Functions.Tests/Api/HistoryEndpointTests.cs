using Regional.Api.Contracts;
using Regional.Api.Http;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

public sealed class HistoryEndpointTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    [Fact]
    public async Task HistoryGivesEveryVintageOfTheRangeAndMarksTheLatest()
    {
        await IngestAsync(Envelope("a", Figure(As.Zigong, "gdp_growth", "2025-Q1", 5.1), Figure(As.Zigong, "gdp_growth", "2025-Q2", 5.3), Figure(As.Chengdu, "gdp_growth", "2025-Q2", 6.3)));
        await IngestAsync(Envelope("b", Figure(As.Zigong, "gdp_growth", "2025-Q2", 5.4)));
        await IngestAsync(Envelope("c", Figure(As.Zigong, "gdp_growth", "2025-Q3", 5.6)));

        var view = Ok<HistoryView>(await Api.Get($"/api/regions/{As.Zigong}/history?indicator=gdp_growth&from=2025-Q1&to=2025-Q2", As.ChengduViewer));

        Assert.Equal((As.Zigong, "gdp_growth", "%"), (view.RegionCode, view.IndicatorId, view.Unit));
        Assert.Equal(
            [("2025-Q1", 5.1, 1, true), ("2025-Q2", 5.3, 1, false), ("2025-Q2", 5.4, 2, true)],
            view.Points.Select(p => (p.Period.ToString(), p.Value, p.Vintage, p.Latest)));
        Assert.Equal(["510000:a", "510000:a", "510300:b"], view.Points.Select(p => p.SubmissionId));
    }

    [Theory]
    [InlineData("indicator=gdp_growth&from=2025-Q1", ApiProblemCodes.MissingParameter)]
    [InlineData("indicator=gdp_growth&from=2025-Q3&to=2025-Q1", ApiProblemCodes.InvalidRange)]
    [InlineData("indicator=gdp_growth&from=1990&to=2025", ApiProblemCodes.InvalidRange)]
    [InlineData("indicator=happiness&from=2025-Q1&to=2025-Q3", ApiProblemCodes.UnknownIndicator)]
    [InlineData("indicator=gdp_growth&from=2025-Q5&to=2025-Q3", ApiProblemCodes.InvalidPeriod)]
    [InlineData("indicator=gdp_growth&from=2025-Q1&to=2025-Q3&region=510300", ApiProblemCodes.UnknownParameter)]
    [InlineData("indicator=gdp_growth&indicator=gdp&from=2025-Q1&to=2025-Q3", ApiProblemCodes.RepeatedParameter)]
    public async Task BadRangeOrIndicatorIsRefusedWithItsCode(string query, string code)
    {
        var problem = ProblemOf(await Api.Get($"/api/regions/{As.Zigong}/history?{query}", As.ProvinceViewer), 400);

        Assert.Equal(code, problem.Code);
    }
}
