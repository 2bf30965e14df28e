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

    /// <summary>
    /// 2025-Q3 evaluated with Chengdu and Zigong far below their growth target (and every other region reporting), so
    /// that each has firing alerts; returns every stored alert.
    /// </summary>
    protected async Task<IReadOnlyList<Regional.Alerts.Lifecycle.AlertRecord>> AlertsAsync()
    {
        var figures = Complete(Q3, Regions)
            .Select(f => f.Indicator == "gdp_growth" && (f.Region == "510100" || f.Region == "510300") ? f with { Value = 1.0 } : f);
        await IngestAsync(Envelope("province-lagging", figures));
        await App.Get<EvaluationPipeline>().EvaluateAsync(Period.Parse(Q3));
        var alerts = await App.Get<Regional.Storage.IAlertStore>().ListAsync(CatalogId);
        Assert.Contains(alerts, a => a.Episode.Key.RegionCode == "510100");
        Assert.Contains(alerts, a => a.Episode.Key.RegionCode == "510300");
        return alerts;
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
