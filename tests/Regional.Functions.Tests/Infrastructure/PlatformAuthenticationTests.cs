using System.Text.Json;
using Regional.Api.Routes;
using Regional.Tests.Shared;

namespace Regional.Functions.Tests.Infrastructure;

/// <summary>
/// App Service Authentication as the compiled template configures it: every request must carry a valid token, except
/// exactly the routes the app itself serves anonymously, and a missing token is a 401, never a sign-in redirect. A
/// valid token is not enough: it must have been issued to a client application the deployment names (and, when lists
/// are given, to an allowed user, service principal or group member); the platform refuses any other with 403.
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
    public void OnlyTokensIssuedToTheAllowedClientApplicationsAreAccepted()
    {
        var policy = Settings.Value.GetProperty("identityProviders").GetProperty("azureActiveDirectory").GetProperty("validation").GetProperty("defaultAuthorizationPolicy");
        var main = CompiledTemplate.Load().Root.GetProperty("parameters").GetProperty("authAllowedClientApplications");
        var api = ApiTemplate().GetProperty("parameters").GetProperty("authAllowedApplications");

        Assert.Equal("[parameters('authAllowedApplications')]", policy.GetProperty("allowedApplications").GetString());
        // Required, never empty: an empty list would let every client through.
        Assert.False(main.TryGetProperty("defaultValue", out _), "authAllowedClientApplications has a default");
        Assert.Equal(1, main.GetProperty("minLength").GetInt32());
        Assert.Equal(1, api.GetProperty("minLength").GetInt32());
    }

    [Fact]
    public void TheAllowedClientsAndPrincipalsAreTheOnesTheDeploymentNames()
    {
        var api = Deployments.With(
                ("authAllowedClientApplications", "dashboard-client, 04b07795-8ddb-461a-bbee-02f9e1bf7b46"),
                ("authAllowedPrincipals", "3e1f0c2a-5b4d-4a69-8c7e-9f0a1b2c3d4e"),
                ("authAllowedGroups", ""))
            .Module("api");
        var resource = Assert.Single(api.ResourcesOfType("Microsoft.Web/sites/config"), r => r.GetProperty("name").GetString()!.Contains("'authsettingsV2'", StringComparison.Ordinal));
        var policy = Path(api.Evaluate(resource.GetProperty("properties")), "identityProviders", "azureActiveDirectory", "validation", "defaultAuthorizationPolicy");
        var principals = Path(policy, "allowedPrincipals");

        Assert.Equal(["dashboard-client", "04b07795-8ddb-461a-bbee-02f9e1bf7b46"], ((List<object?>)policy["allowedApplications"]!).Cast<string>());
        Assert.Equal(["3e1f0c2a-5b4d-4a69-8c7e-9f0a1b2c3d4e"], ((List<object?>)principals["identities"]!).Cast<string>());
        Assert.Null(principals["groups"]);
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

    private static JsonElement ApiTemplate() =>
        CompiledTemplate.Load().Root.GetProperty("resources").GetProperty("api").GetProperty("properties").GetProperty("template");

    private static IReadOnlyDictionary<string, object?> Path(object? value, params string[] names) =>
        names.Aggregate((IReadOnlyDictionary<string, object?>)value!, (map, name) => (IReadOnlyDictionary<string, object?>)map[name]!);
}
