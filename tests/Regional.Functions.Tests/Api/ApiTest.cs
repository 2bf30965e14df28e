using System.Text;
using Regional.Api.Http;
using Regional.Periods;
using Regional.Pipeline;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

/// <summary>
/// Base of the API tests: a fresh app in Development authentication (unless a test starts it otherwise), a client
/// that calls the HTTP functions, and helpers that ingest and evaluate the bundled catalog's regions.
/// </summary>
public abstract class ApiTest(AzuriteFixture azurite) : FunctionsTest(azurite)
{
    public const string Q2 = "2025-Q2";
    public const string Q3 = "2025-Q3";

    internal ApiClient Api => new(App);

    public override Task InitializeAsync() => InitializeWith(Development);

    protected static void Development(Dictionary<string, string?> settings) => settings["Auth:Mode"] = "Development";

    /// <summary>Every required figure of every region for the periods, ingested, and each period evaluated in order.</summary>
    protected async Task EvaluatedAsync(params string[] periods)
    {
        foreach (var period in periods)
        {
            await IngestAsync(Envelope($"province-{period}", Complete(period, Regions)));
            await App.Get<EvaluationPipeline>().EvaluateAsync(Period.Parse(period));
        }
    }

    protected async Task<IngestOutcome> IngestAsync(string payload) =>
        await App.Get<IngestionPipeline>().IngestAsync(Encoding.UTF8.GetBytes(payload), "application/json", new IngestOrigin("test", "test.json", "tests", FunctionsApp.Today));

    protected static Problem ProblemOf(ApiResponse response, int status)
    {
        Assert.True(response.Status == status, $"expected {status}, got {response.Status}: {Encoding.UTF8.GetString(response.Body.Span)}");
        Assert.Equal(MediaTypes.Problem, response.ContentType);
        var problem = response.Read<Problem>();
        Assert.Equal(status, problem.Status);
        Assert.False(string.IsNullOrEmpty(problem.Code));
        return problem;
    }

    protected static T Ok<T>(ApiResponse response, int status = 200)
    {
        Assert.True(response.Status == status, $"expected {status}, got {response.Status}: {Encoding.UTF8.GetString(response.Body.Span)}");
        return response.Read<T>();
    }
}
