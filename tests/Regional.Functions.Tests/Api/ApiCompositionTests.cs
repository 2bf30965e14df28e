using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regional.Api;
using Regional.Api.Authorization;
using Regional.Functions.Alerts;
using Regional.Functions.Catalog;
using Regional.Functions.Health;
using Regional.Functions.OpenApi;
using Regional.Functions.Scorecards;
using Regional.Functions.Submissions;
using Regional.Functions.Tests.Composition;

namespace Regional.Functions.Tests.Api;

public sealed class ApiCompositionTests
{
    [Fact]
    public void EveryHttpFunctionCanBeCreatedFromTheContainer()
    {
        using var provider = FunctionsApp.Build(FunctionsApp.UniqueSettings("UseDevelopmentStorage=true"));

        Assert.NotNull(ActivatorUtilities.CreateInstance<ListRegions>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<ListIndicators>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<GetTargets>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<GetPeriodScorecard>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<GetRanking>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<GetRegionScorecard>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<GetRegionHistory>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<PostSubmission>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<GetSubmission>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<ListAlerts>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<GetAlert>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<AcknowledgeAlert>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<CloseAlert>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<ListSilences>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<AddSilence>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<HealthFunction>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<GetOpenApi>(provider));
        Assert.NotNull(ActivatorUtilities.CreateInstance<GetCaller>(provider));
    }

    [Fact]
    public void AuthenticationIsReadFromTheAuthSectionAndThePlatformsSettings()
    {
        var settings = FunctionsApp.UniqueSettings("UseDevelopmentStorage=true");
        settings["Auth:Mode"] = "easyauth";
        settings["Api:ContinuationTokenKey"] = Convert.ToBase64String(new byte[32]);
        settings["IngestQueueName"] = "incoming-submissions";
        using var provider = FunctionsApp.Build(settings, platform: new Dictionary<string, string?> { ["WEBSITE_INSTANCE_ID"] = "a1b2", ["WEBSITE_AUTH_ENABLED"] = "True" });

        Assert.Equal(new AuthEnvironment(AuthMode.EasyAuth, "easyauth", true, true), provider.GetRequiredService<Authentication>().Environment);
        var api = provider.GetRequiredService<ApiSettings>();
        Assert.Equal(("incoming-submissions", 32), (api.IngestQueue, api.TokenKey!.Length));
    }

    [Fact]
    public void NothingSetMeansUnsetModeOutsideAzure()
    {
        using var provider = FunctionsApp.Build(new Dictionary<string, string?> { ["RegionalStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal(new AuthEnvironment(AuthMode.Unset, null, false, false), provider.GetRequiredService<Authentication>().Environment);
        Assert.Null(provider.GetRequiredService<ApiSettings>().TokenKey);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void TokenKeyThatIsNotBase64OfThirtyTwoBytesFailsAtStart(string key)
    {
        var settings = FunctionsApp.UniqueSettings("UseDevelopmentStorage=true");
        settings["Api:ContinuationTokenKey"] = key;
        using var provider = FunctionsApp.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ContinuationTokenKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoConfigurationSourceCanStandInForThePlatformsVariables()
    {
        // An appsettings.json, a command line and in-memory settings all claim an Azure site with authentication on.
        var folder = Directory.CreateTempSubdirectory("regional-settings-");
        try
        {
            var file = Path.Combine(folder.FullName, "appsettings.json");
            File.WriteAllText(file, """{ "WEBSITE_AUTH_ENABLED": "True", "WEBSITE_SITE_NAME": "regional-app", "Auth": { "Mode": "EasyAuth" } }""");
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(FunctionsApp.UniqueSettings("UseDevelopmentStorage=true"))
                .AddJsonFile(file)
                .AddCommandLine(["--WEBSITE_INSTANCE_ID=0a1b2c", "--WEBSITE_AUTH_ENABLED=True"])
                .AddInMemoryCollection(new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = "true" })
                .Build();
            Assert.Equal("True", configuration["WEBSITE_AUTH_ENABLED"], ignoreCase: true);
            var services = new ServiceCollection();
            Regional.Azure.RegionalServiceCollectionExtensions.AddRegional(services, configuration);
            using var provider = services.BuildServiceProvider();

            var environment = provider.GetRequiredService<Authentication>().Environment;

            // This test process is not an App Service site, whatever the configuration says.
            Assert.Equal((AuthMode.EasyAuth, false, false), (environment.Mode, environment.InAzure, environment.PlatformAuthenticationEnabled));
            Assert.NotNull(environment.Refusal());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void InAzureAnEmptyTokenKeyStopsTheAppAtStart()
    {
        var settings = FunctionsApp.UniqueSettings("UseDevelopmentStorage=true");
        settings["Auth:Mode"] = "EasyAuth";
        using var provider = FunctionsApp.Build(settings, platform: new Dictionary<string, string?> { ["WEBSITE_SITE_NAME"] = "regional-app", ["WEBSITE_AUTH_ENABLED"] = "True" });

        var atStart = Assert.Throws<OptionsValidationException>(() => provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().ToList());
        var validated = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ContinuationTokenKey", atStart.Message, StringComparison.Ordinal);
        Assert.Contains("Azure", validated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocallyAnEmptyTokenKeyMeansARandomKeyOfThisProcess()
    {
        var settings = FunctionsApp.UniqueSettings("UseDevelopmentStorage=true");
        using var first = FunctionsApp.Build(settings);
        using var second = FunctionsApp.Build(settings);
        var tokens = first.GetRequiredService<Regional.Api.Paging.ContinuationTokens>();
        var token = tokens.Issue("q", "after");

        Assert.Equal("after", tokens.Read(token, "q"));
        Assert.Throws<Regional.Api.Http.ApiProblemException>(() => second.GetRequiredService<Regional.Api.Paging.ContinuationTokens>().Read(token, "q"));
    }

    [Fact]
    public void SampleSettingsRunLocallyInDevelopmentModeAndListTheApiSettings()
    {
        var sample = AppSettings.Sample();

        Assert.Equal("Development", sample["Auth:Mode"]);
        Assert.True(sample.ContainsKey("Api:ContinuationTokenKey"));
        using var provider = FunctionsApp.Build(sample);
        Assert.Null(provider.GetRequiredService<Authentication>().Environment.Refusal());
    }
}
