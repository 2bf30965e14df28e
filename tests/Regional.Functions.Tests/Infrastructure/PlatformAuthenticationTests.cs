using System.Text.Json;
using Regional.Api.Routes;
using Regional.Tests.Shared;

namespace Regional.Functions.Tests.Infrastructure;

/// <summary>
/// App Service Authentication as the compiled template configures it: every request must carry a valid token, except
/// exactly the routes the app itself serves anonymously, and a missing token is a 401, never a sign-in redirect.
/// </summary>
public sealed class PlatformAuthenticationTests
{
    private static readonly Lazy<JsonElement> Settings = new(() =>
        Assert.Single(CompiledTemplate.Load().ResourcesOfType("Microsoft.Web/sites/config"),
            r => r.GetProperty("name").GetString()!.Contains("'authsettingsV2'", StringComparison.Ordinal)).GetProperty("properties"));

    [Fact]
    public void EveryRequestNeedsATokenAndAMissingOneIsRefusedWith401()
    {
        var validation = Settings.Value.GetProperty("globalValidation");

        Assert.True(Settings.Value.GetProperty("platform").GetProperty("enabled").GetBoolean());
        Assert.True(validation.GetProperty("requireAuthentication").GetBoolean());
        Assert.Equal("Return401", validation.GetProperty("unauthenticatedClientAction").GetString());
        Assert.True(Settings.Value.GetProperty("httpSettings").GetProperty("requireHttps").GetBoolean());
    }

    [Fact]
    public void ThePlatformLetsThroughExactlyTheRoutesTheAppServesAnonymously()
    {
        var excluded = Settings.Value.GetProperty("globalValidation").GetProperty("excludedPaths").EnumerateArray().Select(p => p.GetString()!);
        var anonymous = ApiRoutes.All.Where(r => r.Access == RouteAccess.Anonymous).Select(r => r.Path);

        Assert.Equal(anonymous.Order(StringComparer.Ordinal), excluded.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TokensAreCheckedByMicrosoftEntraId()
    {
        var entra = Settings.Value.GetProperty("identityProviders").GetProperty("azureActiveDirectory");

        Assert.True(entra.GetProperty("enabled").GetBoolean());
        Assert.Equal("[parameters('authClientId')]", entra.GetProperty("registration").GetProperty("clientId").GetString());
        Assert.Contains("/v2.0", entra.GetProperty("registration").GetProperty("openIdIssuer").GetString(), StringComparison.Ordinal);
        Assert.False(entra.GetProperty("registration").TryGetProperty("clientSecretSettingName", out _), "the registration holds no secret");
        Assert.Equal("[parameters('authAllowedAudiences')]", entra.GetProperty("validation").GetProperty("allowedAudiences").GetString());
    }
}
