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
        { "GET", "/api/submissions/chengdu-q3", "200 200 200 200 200 200 403 403" },
        { "POST", "/api/submissions", "403 403 403 403 202 403 403 403" },
        { "GET", "/api/health", "200 200 200 200 200 200 200 200" },
        { "GET", "/api/openapi.json", "200 200 200 200 200 200 200 200" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryCallerGetsExactlyWhatItsRolesAllow(string method, string path, string expected)
    {
        await EvaluatedAsync(Q3);
        await App.Function<IngestFromQueue>().Run(Deliveries.Message(ChengduEnvelope("chengdu-q3")), CancellationToken.None);

        var actual = new List<string>();
        foreach (var caller in Columns)
        {
            var response = method == "POST"
                ? await Api.Post(path, As.Everyone[caller], "application/json", ChengduEnvelope($"post-by-{caller}"))
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

    private static string ChengduEnvelope(string id) => Envelope(id, Figure(As.Chengdu, "gdp_growth", Q3, 5.9));
}
