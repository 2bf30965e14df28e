using Regional.Functions.Ingestion;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

/// <summary>
/// Every endpoint called by every kind of caller. The expected statuses are written out by hand, one column per
/// caller in the order of the header below, so that a change to the rules shows up as a change to this table.
/// </summary>
public sealed class AccessMatrixTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    private static readonly string[] Columns =
        ["function-key", "province-viewer", "administrator", "chengdu-viewer", "chengdu-submitter", "chengdu-responder", "zigong-submitter", "no-roles"];

    public static TheoryData<string, string, string> Matrix => new()
    {
        { "GET", "/api/regions", "200 200 200 200 200 200 200 403" },
        { "GET", "/api/indicators", "200 200 200 200 200 200 200 403" },
        { "GET", "/api/catalog/targets/2025", "200 200 200 200 200 200 200 403" },
        { "GET", $"/api/periods/{Q3}/scorecard", "200 200 200 200 200 200 200 403" },
        { "GET", $"/api/periods/{Q3}/scorecard?format=csv", "200 200 200 200 200 200 200 403" },
        { "GET", $"/api/periods/{Q3}/rankings/gdp_growth", "200 200 200 200 200 200 200 403" },
        { "GET", $"/api/regions/{As.Zigong}/scorecard/{Q3}", "200 200 200 200 200 200 200 403" },
        { "GET", $"/api/regions/{As.Zigong}/history?indicator=gdp_growth&from=2025-Q1&to={Q3}", "200 200 200 200 200 200 200 403" },
        { "GET", "/api/submissions/510100:chengdu-q3", "200 200 200 200 200 200 403 403" },
        { "GET", "/api/submissions/510100:no-such-submission", "404 404 404 404 404 404 403 403" },
        { "GET", "/api/submissions/510300:chengdu-q3", "404 404 404 403 403 403 404 403" },
        { "POST", "/api/submissions", "403 403 403 403 202 403 403 403" },
        { "GET", "/api/alerts", "200 200 200 200 200 200 200 403" },
        { "GET", "/api/alerts?region=510100", "200 200 200 200 200 200 403 403" },
        { "GET", "/api/alerts/{chengdu-alert}", "200 200 200 200 200 200 403 403" },
        { "POST", "/api/alerts/{chengdu-alert}/acknowledge", "403 403 403 403 403 200 403 403" },
        { "POST", "/api/alerts/{chengdu-alert}/close", "403 403 403 403 403 200 403 403" },
        { "GET", "/api/silences", "200 200 200 403 403 403 403 403" },
        { "POST", "/api/silences", "403 403 201 403 403 403 403 403" },
        { "GET", "/api/me", "200 200 200 200 200 200 200 403" },
        { "GET", "/api/health", "200 200 200 200 200 200 200 200" },
        { "GET", "/api/openapi.json", "200 200 200 200 200 200 200 200" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryCallerGetsExactlyWhatItsRolesAllow(string method, string path, string expected)
    {
        var alert = (await AlertsAsync()).First(a => a.Episode.Key.RegionCode == As.Chengdu).Id;
        await App.Function<IngestFromQueue>().Run(Deliveries.Message(ChengduEnvelope("chengdu-q3")), CancellationToken.None);
        path = path.Replace("{chengdu-alert}", alert, StringComparison.Ordinal);

        var actual = new List<string>();
        foreach (var caller in Columns)
        {
            var response = method == "POST"
                ? await Api.Post(path, As.Everyone[caller], "application/json", Body(path, caller))
                : await Api.Get(path, As.Everyone[caller]);
            actual.Add(response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(expected, string.Join(' ', actual));
    }

    [Fact]
    public async Task RefusedSubmissionsLeaveNothingQueuedAndTheAcceptedOneIsTheOnlyMessage()
    {
        foreach (var caller in Columns)
        {
            await Api.Post("/api/submissions", As.Everyone[caller], "application/json", ChengduEnvelope($"post-by-{caller}"));
        }

        var messages = await App.Queue(App.Storage.IngestQueue).PeekMessagesAsync(32);
        var only = Assert.Single(messages.Value);
        Assert.Contains("post-by-chengdu-submitter", only.Body.ToString(), StringComparison.Ordinal);
    }

    private static string Body(string path, string caller) => path switch
    {
        "/api/silences" => """{ "region": "510400", "hours": 1, "reason": "matrix" }""",
        _ when path.EndsWith("/acknowledge", StringComparison.Ordinal) => """{ "note": "on it" }""",
        _ when path.EndsWith("/close", StringComparison.Ordinal) => """{ "note": "dealt with" }""",
        _ => ChengduEnvelope($"post-by-{caller}"),
    };

    private static string ChengduEnvelope(string id) => Envelope(id, Figure(As.Chengdu, "gdp_growth", Q3, 5.9));
}
