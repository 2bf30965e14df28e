using System.Text;
using Regional.Api.Http;
using Regional.Api.Routes;

namespace Regional.Functions.Tests.Api;

/// <summary>
/// Table-query injection and other hostile values in every path and query parameter: each gets a 4xx problem with a
/// code, never a 5xx and never another partition's data.
/// </summary>
public sealed class HostileInputTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    public static readonly string[] Hostile =
    [
        "'",
        "''",
        "' or '1'='1",
        "2025-Q3' or '1'='1",
        "2025-Q3' or PartitionKey ne '",
        "510100' or PartitionKey ne '",
        "PartitionKey ne ''",
        "RowKey gt ''",
        "510100 or true",
        "gdp_growth' or IndicatorId ne 'x",
        "510100/../510300",
        "..",
        "*",
        "$filter=PartitionKey ne ''",
        "%27%20or%201%20eq%201",
        "\0",
        "510100\n",
        "<script>alert(1)</script>",
        "2025-Q3;DROP TABLE Scorecards",
        "‮3Q-5202",
        "５１０１００",
        new string('9', 5000),
    ];

    public static TheoryData<string> Values => [.. Hostile];

    [Theory]
    [MemberData(nameof(Values))]
    public async Task HostileValueInAnyPathParameterIsAProblem(string value)
    {
        await EvaluatedAsync(Q3);
        foreach (var route in ApiRoutes.All.Where(r => !r.PathParameters.IsEmpty))
        {
            foreach (var parameter in route.PathParameters)
            {
                var path = FailClosedTests.Path(route).Replace(
                    "/" + Uri.EscapeDataString(ValidValue(route, parameter.Name)),
                    "/" + Uri.EscapeDataString(value),
                    StringComparison.Ordinal);
                await AssertRefused(route, path);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Values))]
    public async Task HostileValueInAnyQueryParameterIsAProblem(string value)
    {
        await EvaluatedAsync(Q3);
        foreach (var route in ApiRoutes.All.Where(r => r.Method == "GET"))
        {
            var path = FailClosedTests.Path(route).Split('?')[0];
            foreach (var parameter in route.QueryParameters.Select(p => p.Name).Append("region").Append("PartitionKey"))
            {
                var query = string.Join('&', route.QueryParameters.Where(p => p.Required && p.Name != parameter).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Example)}").Append($"{parameter}={Uri.EscapeDataString(value)}"));
                await AssertRefused(route, $"{path}?{query}", allowAnonymous: false);
            }
        }
    }

    [Fact]
    public async Task TamperedRequestsThatLookAlmostRightAreStillRefused()
    {
        await EvaluatedAsync(Q3);

        Assert.Equal(ApiProblemCodes.InvalidPeriod, ProblemOf(await Api.Get("/api/periods/2025-Q3%27/scorecard", As.ProvinceViewer), 400).Code);
        Assert.Equal(ApiProblemCodes.UnknownPeerGroup, ProblemOf(await Api.Get($"/api/periods/{Q3}/scorecard?peerGroup=panxi%27%20or%20%271%27%3D%271", As.ProvinceViewer), 400).Code);
        Assert.Equal(ApiProblemCodes.InvalidParameter, ProblemOf(await Api.Get($"/api/periods/{Q3}/scorecard?format=xml", As.ProvinceViewer), 400).Code);
        Assert.Equal(ApiProblemCodes.RepeatedParameter, ProblemOf(await Api.Get($"/api/periods/{Q3}/scorecard?peerGroup=panxi&peerGroup=chengdu-plain", As.ProvinceViewer), 400).Code);
        Assert.Equal(ApiProblemCodes.UnknownParameter, ProblemOf(await Api.Get($"/api/periods/{Q3}/scorecard?$filter=PartitionKey%20ne%20%27%27", As.ProvinceViewer), 400).Code);
    }

    [Fact]
    public async Task FunctionKeyInTheQueryIsTheHostsAndNotAnUnknownParameter()
    {
        await EvaluatedAsync(Q3);

        Assert.Equal(200, (await Api.Get($"/api/periods/{Q3}/scorecard?code=the-function-key", As.FunctionKey)).Status);
    }

    /// <summary>The value each parameter has in <see cref="FailClosedTests.Path"/>.</summary>
    private static string ValidValue(ApiRoute route, string parameter) => parameter switch
    {
        "id" when route.Tag == ApiRoutes.AlertsTag => "510100.growth-target.gdp_growth.2025-Q3",
        "year" => "2025",
        "period" => Q3,
        "indicator" => "gdp_growth",
        "code" => As.Chengdu,
        _ => "chengdu-q3",
    };

    private async Task AssertRefused(ApiRoute route, string path, bool allowAnonymous = true)
    {
        if (route.Access == RouteAccess.Anonymous && allowAnonymous)
        {
            return;
        }

        var response = route.Method == "POST"
            ? await Api.Post(path, route.Tag == ApiRoutes.AlertsTag ? As.ChengduResponder : As.ChengduSubmitter, "application/json", "{}")
            : await Api.Get(path, As.ChengduViewer);
        var body = Encoding.UTF8.GetString(response.Body.Span);
        Assert.True(response.Status is >= 400 and < 500, $"{route.Function} {path} answered {response.Status}: {body}");
        Assert.Equal(MediaTypes.Problem, response.ContentType);
        Assert.False(string.IsNullOrEmpty(response.Read<Problem>().Code));
        Assert.DoesNotContain("\"regions\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"entries\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"points\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"alerts\"", body, StringComparison.Ordinal);
    }
}
