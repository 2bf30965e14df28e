using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regional.Api.Http;
using Regional.Functions.Ingestion;
using Regional.Web;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

/// <summary>
/// The Functions app and the Kestrel host of <c>regional serve</c> answer the same requests the same way: every HTTP
/// route of functions.metadata is driven through the function method and over real HTTP to Kestrel, with successes,
/// refusals, bad input and conditional reads, and the status, the headers that matter and the body must be equal.
/// Both hosts run on one container's settings (the same storage, clock and catalog).
/// </summary>
public sealed class HostParityTests(AzuriteFixture azurite) : ApiTest(azurite), IAsyncLifetime
{
    private static readonly string[] ComparedHeaders = ["ETag", "Location", "Content-Type", "Cache-Control", "WWW-Authenticate", "Retry-After", "Content-Security-Policy"];

    private WebApplication? _kestrel;
    private HttpClient? _http;

    private HttpClient Http => _http ?? throw new InvalidOperationException("Kestrel is started before each test.");

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(App.Settings).Build();
        // Without a configured key each host signs paging tokens with a random key of its own; the two hosts here stand
        // for instances of one deployment, which share the key.
        _kestrel = RegionalWebHost.Build(configuration, 0, services => services
            .AddSingleton<TimeProvider>(App.Clock)
            .AddSingleton(App.Get<Regional.Api.Paging.ContinuationTokens>()));
        await _kestrel.StartAsync();
        _http = new HttpClient { BaseAddress = RegionalWebHost.Address(_kestrel) };
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        _http?.Dispose();
        if (_kestrel is not null)
        {
            await _kestrel.StopAsync();
            await _kestrel.DisposeAsync();
        }

        await DisposeAsync();
    }

    [Fact]
    public async Task EveryRouteOfTheFunctionsAppAnswersTheSameOnKestrel()
    {
        var alerts = await AlertsAsync();
        var chengdu = alerts.First(a => a.Episode.Key.RegionCode == As.Chengdu).Id;
        var zigong = alerts.First(a => a.Episode.Key.RegionCode == As.Zigong).Id;
        await App.Function<IngestFromQueue>().Run(Deliveries.Message(Envelope("chengdu-q3", Figure(As.Chengdu, "gdp_growth", Q3, 5.9))), CancellationToken.None);
        var scorecardTag = (await Api.Get($"/api/periods/{Q3}/scorecard", As.ProvinceViewer)).Header("ETag")!;
        var rankingTag = (await Api.Get($"/api/periods/{Q3}/rankings/gdp_growth", As.ProvinceViewer)).Header("ETag")!;
        var regionTag = (await Api.Get($"/api/regions/{As.Chengdu}/scorecard/{Q3}", As.ProvinceViewer)).Header("ETag")!;
        var echartsTag = (await Api.Get(ApiClient.DashboardPath + "assets/echarts.min.js")).Header("ETag")!;
        const string Json = "application/json";

        Case[] cases =
        [
            Get("/api/regions", As.ProvinceViewer),
            Get("/api/regions", As.NoRoles),
            Get("/api/regions", "not base64!"),
            Get("/api/regions?sort=name", As.ProvinceViewer),
            Get("/api/regions", As.ProvinceViewer, ("Accept", "text/csv")),
            Get("/api/indicators", As.ChengduViewer),
            Get("/api/catalog/targets/2025", As.ProvinceViewer),
            Get("/api/catalog/targets/20x5", As.ProvinceViewer),
            Get($"/api/periods/{Q3}/scorecard", As.ProvinceViewer),
            Get($"/api/periods/{Q3}/scorecard?format=csv", As.ChengduViewer),
            Get($"/api/periods/{Q3}/scorecard?peerGroup=chengdu-plain", As.ProvinceViewer),
            Get($"/api/periods/{Q3}/scorecard?peerGroup=atlantis", As.ProvinceViewer),
            Get($"/api/periods/{Q3}/scorecard", As.ProvinceViewer, ("If-None-Match", scorecardTag)),
            Get("/api/periods/2024-Q1/scorecard", As.ProvinceViewer),
            Get("/api/periods/2025-Q5/scorecard", As.ProvinceViewer),
            Get($"/api/periods/{Q3}/rankings/gdp_growth", As.ProvinceViewer),
            Get($"/api/periods/{Q3}/rankings/gdp_growth", As.ProvinceViewer, ("If-None-Match", rankingTag)),
            Get($"/api/periods/{Q3}/rankings/no_such_indicator", As.ProvinceViewer),
            Get($"/api/regions/{As.Chengdu}/scorecard/{Q3}", As.ProvinceViewer),
            Get($"/api/regions/{As.Chengdu}/scorecard/{Q3}", As.ProvinceViewer, ("If-None-Match", regionTag)),
            Get($"/api/regions/999999/scorecard/{Q3}", As.ProvinceViewer),
            Get($"/api/regions/{As.Chengdu}/history?indicator=gdp_growth&from=2025-Q1&to={Q3}", As.ProvinceViewer),
            Get($"/api/regions/{As.Chengdu}/history?indicator=gdp_growth&from=2025-Q1", As.ProvinceViewer),
            Post("/api/submissions", As.ChengduSubmitter, "text/plain", "figures"),
            Post("/api/submissions", As.ProvinceViewer, Json, Envelope("parity", Figure(As.Chengdu, "gdp_growth", Q3, 6.1))),
            Post("/api/submissions", As.ChengduSubmitter, Json, "{ not json"),
            Post("/api/submissions", As.ChengduSubmitter, Json, Envelope("parity", Figure(As.Chengdu, "gdp_growth", Q3, 6.1))),
            Get("/api/submissions/chengdu-q3", As.ChengduViewer),
            Get("/api/submissions/chengdu-q3", As.ZigongSubmitter),
            Get("/api/submissions/no-such-submission", As.ProvinceViewer),
            Get("/api/alerts", As.ProvinceViewer),
            Get("/api/alerts?status=firing&pageSize=1", As.ProvinceViewer),
            Get("/api/alerts?status=sleeping", As.ProvinceViewer),
            Get("/api/alerts", As.ChengduViewer),
            Get($"/api/alerts/{chengdu}", As.ChengduViewer),
            Get($"/api/alerts/{chengdu}", As.ZigongSubmitter),
            Get("/api/alerts/510100.growth-target.gdp_growth.2019-Q1", As.ProvinceViewer),
            Post($"/api/alerts/{chengdu}/acknowledge", As.ProvinceViewer, Json, """{ "note": "on it" }"""),
            Post($"/api/alerts/{chengdu}/acknowledge", As.ChengduResponder, "text/plain", "on it"),
            Post($"/api/alerts/{chengdu}/acknowledge", As.ChengduResponder, Json, """{ "note": "on it", "colour": "red" }"""),
            Post($"/api/alerts/{chengdu}/acknowledge", As.ChengduResponder, Json, """{ "note": "projects moved to Q4", "dueDate": "2025-11-30" }""", Mutates: true),
            Post($"/api/alerts/{chengdu}/close", As.ProvinceViewer, Json, """{ "note": "done" }"""),
            Get("/api/templates/2025-Q3", As.ZigongSubmitter),
            Get("/api/templates/2025-Q3", As.ChengduViewer),
            Get("/api/silences", As.ProvinceViewer),
            Get("/api/silences", As.ChengduViewer),
            Post("/api/silences", As.ProvinceViewer, Json, """{ "region": "510400", "hours": 1, "reason": "parity" }"""),
            Post("/api/silences", As.Administrator, Json, """{ "hours": 1, "reason": "matches everything" }"""),
            Post("/api/silences", As.Administrator, Json, """{ "region": "510400", "hours": 1, "reason": "parity" }""", Mutates: true),
            Get("/api/me", As.Principal("duty", "alert-responder:510100", "unknown-role")),
            Get("/api/me", As.FunctionKey),
            Get("/api/health"),
            Get("/api/openapi.json"),
            Get("/api/openapi.json", null, ("Accept", "text/html")),
            Get(ApiClient.DashboardPath + "index.html"),
            Get(ApiClient.DashboardPath + "assets/echarts.min.js", null, ("If-None-Match", echartsTag)),
            Get(ApiClient.DashboardPath + "assets/no-such-file.js"),
        ];

        // Reads first, then the cases that change data, so every read meets the same state on both hosts.
        foreach (var @case in cases.OrderBy(c => c.Mutates))
        {
            var function = await Api.Send(@case.Method, @case.Path, @case.Principal, @case.ContentType, Bytes(@case.Body), @case.Headers);
            var kestrel = await SendToKestrelAsync(@case);
            Same(@case, function, Dashboard(@case) ? AtFunctionsPath(kestrel) : kestrel);
        }

        var driven = cases.Select(c => RouteOf(c)).ToHashSet(StringComparer.Ordinal);
        Assert.All(HttpRoutesOfTheFunctionsApp(), route => Assert.True(driven.Contains(route), $"no parity case drives {route}"));
    }

    [Fact]
    public async Task ARouteKestrelDoesNotServeIsNotFoundThere()
    {
        using var response = await Http.GetAsync(new Uri("/api/no-such-route", UriKind.Relative));

        Assert.Equal(404, (int)response.StatusCode);
    }

    private static void Same(Case @case, ApiResponse function, ApiResponse kestrel)
    {
        var what = $"{@case.Method} {@case.Path} as {@case.Principal ?? "no principal"}";
        Assert.True(function.Status == kestrel.Status, $"{what}: the function answered {function.Status}, Kestrel {kestrel.Status}: {Text(kestrel)}");
        Assert.True(function.ContentType == kestrel.ContentType, $"{what}: Content-Type {function.ContentType} vs {kestrel.ContentType}");
        if (@case.Mutates)
        {
            // Each host made its own change (a second acknowledgement, a second silence): the same shape, not the same values.
            Assert.Equal(Shape(function), Shape(kestrel));
            return;
        }

        foreach (var header in ComparedHeaders.Where(h => h != "Content-Type"))
        {
            Assert.True(function.Header(header) == kestrel.Header(header), $"{what}: {header} {function.Header(header)} vs {kestrel.Header(header)}");
        }

        Assert.True(function.Body.Span.SequenceEqual(kestrel.Body.Span), $"{what}: the bodies differ:{Environment.NewLine}{Text(function)}{Environment.NewLine}{Text(kestrel)}");
    }

    private async Task<ApiResponse> SendToKestrelAsync(Case @case)
    {
        var path = Dashboard(@case) ? "/" + @case.Path[ApiClient.DashboardPath.Length..] : @case.Path;
        using var request = new HttpRequestMessage(new HttpMethod(@case.Method), new Uri(path, UriKind.Relative));
        if (@case.Principal is not null)
        {
            request.Headers.TryAddWithoutValidation("X-MS-CLIENT-PRINCIPAL", @case.Principal);
        }

        foreach (var (name, value) in @case.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (@case.Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(@case.Body));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(@case.ContentType!);
        }

        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var headers = ComparedHeaders
            .Where(name => name != "Content-Type")
            .Select(name => (name, found: response.Headers.NonValidated.TryGetValues(name, out var h) ? h : response.Content.Headers.NonValidated.TryGetValues(name, out var c) ? c : default(HeaderStringValues?)))
            .Where(h => h.found is not null)
            .Select(h => KeyValuePair.Create(h.name, h.found!.Value.ToString()));
        var contentType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var type) ? type.ToString() : null;
        return new ApiResponse((int)response.StatusCode, contentType, body, ApiResponse.NoHeaders.AddRange(headers));
    }

    /// <summary>Every HTTP trigger of the generated functions.metadata, as method and route.</summary>
    private static IEnumerable<string> HttpRoutesOfTheFunctionsApp()
    {
        var metadata = FunctionsMetadata.Load();
        return metadata.FunctionNames
            .Select(metadata.Trigger)
            .Where(t => t.GetProperty("type").GetString() == "httpTrigger")
            .SelectMany(t => t.GetProperty("methods").EnumerateArray().Select(m => $"{m.GetString()!.ToUpperInvariant()} {t.GetProperty("route").GetString()}"));
    }

    private static string RouteOf(Case @case)
    {
        var path = @case.Path.Split('?')[0];
        if (path.StartsWith(ApiClient.DashboardPath, StringComparison.Ordinal))
        {
            return $"GET {Regional.Functions.Dashboard.DashboardFunction.Route}";
        }

        return $"{@case.Method} {ApiClient.Match(@case.Method, path).Route.Template}";
    }

    private static bool Dashboard(Case @case) => @case.Path.StartsWith(ApiClient.DashboardPath, StringComparison.Ordinal);

    /// <summary>Kestrel serves the dashboard at its root, the Functions app under /api/dashboard/: a problem names its own path.</summary>
    private static ApiResponse AtFunctionsPath(ApiResponse kestrel) => kestrel.ContentType != MediaTypes.Problem
        ? kestrel
        : kestrel with { Body = Encoding.UTF8.GetBytes(Text(kestrel).Replace("\"instance\":\"/", "\"instance\":\"" + ApiClient.DashboardPath, StringComparison.Ordinal)) };

    private static string Shape(ApiResponse response) =>
        string.Join(',', JsonNode.Parse(response.Body.Span)!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal))
        + (response.Header("Location") is null ? string.Empty : " +Location");

    private static string Text(ApiResponse response) => Encoding.UTF8.GetString(response.Body.Span);

    private static byte[]? Bytes(string? body) => body is null ? null : Encoding.UTF8.GetBytes(body);

    private static Case Get(string path, string? principal = null, params (string Name, string Value)[] headers) => new("GET", path, principal, null, null, headers);

    private static Case Post(string path, string? principal, string contentType, string body, bool Mutates = false) =>
        new("POST", path, principal, contentType, body, [], Mutates);

    private sealed record Case(string Method, string Path, string? Principal, string? ContentType, string? Body, (string Name, string Value)[] Headers, bool Mutates = false);
}
