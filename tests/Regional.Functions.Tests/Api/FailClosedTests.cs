using Regional.Api.Http;
using Regional.Api.Routes;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

/// <summary>Where authentication cannot be trusted, protected endpoints refuse and say why; the probe and the document stay open.</summary>
public sealed class FailClosedTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    public static TheoryData<string, string?, string?, string?> Untrusted => new()
    {
        // name, Auth:Mode, WEBSITE_SITE_NAME, WEBSITE_AUTH_ENABLED
        { "in Azure with no mode", null, "regional-app", null },
        { "in Azure in development mode", "Development", "regional-app", null },
        { "in Azure in development mode with platform authentication on", "Development", "regional-app", "True" },
        { "in Azure with EasyAuth but the platform's authentication off", "EasyAuth", "regional-app", "False" },
        { "locally with no mode", null, null, null },
        { "locally with an unknown mode", "Off", null, null },
        { "locally with EasyAuth and no platform to authenticate", "EasyAuth", null, null },
    };

    public override Task InitializeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Untrusted))]
    public async Task EveryProtectedEndpointRefusesWithTheReason(string name, string? mode, string? siteName, string? platformAuth)
    {
        await InitializeWith(
            settings =>
            {
                settings["Auth:Mode"] = mode;
                settings["Api:ContinuationTokenKey"] = TokenKey;
            },
            new Dictionary<string, string?> { ["WEBSITE_SITE_NAME"] = siteName, ["WEBSITE_AUTH_ENABLED"] = platformAuth });

        foreach (var route in ApiRoutes.All.Where(r => r.Access != RouteAccess.Anonymous))
        {
            var path = Path(route);
            var response = route.Method == "POST"
                ? await Api.Post(path, As.ChengduSubmitter, "application/json", Envelope("x", Figure(As.Chengdu, "gdp_growth", Q3, 5.9)))
                : await Api.Get(path, As.Administrator);
            var problem = ProblemOf(response, 503);
            Assert.True(problem.Code == ApiProblemCodes.AuthenticationNotConfigured, $"{name}: {route.Function} answered {problem.Code}");
            Assert.Contains("Auth:Mode", problem.Detail, StringComparison.Ordinal);
        }

        Assert.Equal(200, (await Api.Get("/api/health")).Status);
        Assert.Equal(200, (await Api.Get("/api/openapi.json")).Status);
        Assert.Null((await App.Queue(App.Storage.IngestQueue).PeekMessageAsync()).Value);
    }

    [Fact]
    public async Task InAzureBehindAppServiceAuthenticationPrincipalsDecide()
    {
        await InitializeWith(
            settings =>
            {
                settings["Auth:Mode"] = "EasyAuth";
                settings["Api:ContinuationTokenKey"] = TokenKey;
            },
            InAzureWithAuthentication);

        Assert.Equal(200, (await Api.Get("/api/regions", As.ChengduViewer)).Status);
        Assert.Equal(200, (await Api.Get("/api/regions")).Status);
        Assert.Equal(403, (await Api.Get("/api/regions", As.NoRoles)).Status);
        Assert.Equal(202, (await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", Envelope("x", Figure(As.Chengdu, "gdp_growth", Q3, 5.9)))).Status);
    }

    [Fact]
    public async Task SettingsThatClaimPlatformAuthenticationDoNotMakeAForgedPrincipalWork()
    {
        // The settings of local.settings.json and app settings reach the app as configuration keys, as here.
        await InitializeWith(settings =>
        {
            settings["Auth:Mode"] = "EasyAuth";
            settings["WEBSITE_AUTH_ENABLED"] = "True";
            settings["WEBSITE_SITE_NAME"] = "regional-app";
            settings["WEBSITE_INSTANCE_ID"] = "0a1b2c";
        });

        var forged = await Api.Get("/api/silences", As.Administrator);
        var submission = await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", Envelope("forged", Figure(As.Chengdu, "gdp_growth", Q3, 5.9)));

        Assert.Equal(ApiProblemCodes.AuthenticationNotConfigured, ProblemOf(forged, 503).Code);
        Assert.Equal(ApiProblemCodes.AuthenticationNotConfigured, ProblemOf(submission, 503).Code);
        Assert.False(App.Get<Regional.Api.Authorization.Authentication>().Environment.PlatformAuthenticationEnabled);
    }

    [Fact]
    public async Task PresentButEmptyPrincipalHeaderIs401AndNotAFunctionKeyClient()
    {
        await InitializeWith(Development);

        foreach (var blank in new[] { string.Empty, " ", "\t", "   " })
        {
            var silences = await Api.Get("/api/silences", blank);
            var alerts = await Api.Get("/api/alerts", blank);

            Assert.Equal(ApiProblemCodes.InvalidPrincipal, ProblemOf(silences, 401).Code);
            Assert.Equal(ApiProblemCodes.InvalidPrincipal, ProblemOf(alerts, 401).Code);
        }

        Assert.Equal(200, (await Api.Get("/api/silences", As.FunctionKey)).Status);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("eyJjbGFpbXMiOiAi")]
    [InlineData("bnVsbA==")]
    [InlineData("eyJhdXRoX3R5cCI6ImFhZCJ9")]
    public async Task PrincipalHeaderThatCannotBeReadIs401(string header)
    {
        await InitializeWith(Development);

        var response = await Api.Get("/api/regions", header);

        Assert.Equal(ApiProblemCodes.InvalidPrincipal, ProblemOf(response, 401).Code);
        Assert.NotNull(response.Header("WWW-Authenticate"));
    }

    internal static readonly string TokenKey = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());

    /// <summary>The variables the platform sets on a site with App Service Authentication on.</summary>
    internal static readonly IReadOnlyDictionary<string, string?> InAzureWithAuthentication = new Dictionary<string, string?>
    {
        ["WEBSITE_SITE_NAME"] = "regional-app",
        ["WEBSITE_INSTANCE_ID"] = "0a1b2c",
        ["WEBSITE_AUTH_ENABLED"] = "True",
    };

    /// <summary>A request path for the route with valid values in every parameter.</summary>
    internal static string Path(ApiRoute route) =>
        "/api/" + route.Template
            .Replace("{year}", "2025", StringComparison.Ordinal)
            .Replace("{period}", Q3, StringComparison.Ordinal)
            .Replace("{indicator}", "gdp_growth", StringComparison.Ordinal)
            .Replace("{code}", As.Chengdu, StringComparison.Ordinal)
            .Replace("{id}", route.Tag == ApiRoutes.AlertsTag ? "510100.growth-target.gdp_growth.2025-Q3" : "chengdu-q3", StringComparison.Ordinal)
        + (route.QueryParameters.Any(p => p.Required) ? "?" + string.Join('&', route.QueryParameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Example)}")) : string.Empty);
}
