using System.Text.Json;
using Regional.Tests.Shared;

namespace Regional.Functions.Tests.Infrastructure;

/// <summary>
/// Secrets as the compiled template deploys them: the paging key and every contact-point setting are Key Vault
/// references to the vault the template creates, no app setting carries a secret value, and the app's identity can
/// read that vault's secrets and do nothing else with it.
/// </summary>
public sealed class SecretTests
{
    private const string Reference = "@Microsoft.KeyVault(SecretUri=";

    [Fact]
    public void ThePagingKeyIsAKeyVaultReferenceToTheSecretTheTemplateWritesInItsVault()
    {
        var deployment = Deployments.Defaults();
        var api = deployment.Module("api");
        var vault = deployment.Module("keyvault");
        var secret = Assert.Single(vault.ResourcesOfType("Microsoft.KeyVault/vaults/secrets"));

        Assert.Equal($"{Reference}{TemplateEvaluation.Runtime.Text})", Settings(api)["Api__ContinuationTokenKey"]);
        Assert.Equal("[reference('keyVault').outputs.continuationTokenSecretUri.value]", ModuleParameter("api", "continuationTokenSecretUri"));
        // The version the deployment wrote, so every instance restarts on the same key.
        Assert.Matches(@"^\[reference\(resourceId\('Microsoft\.KeyVault/vaults/secrets', .*\)\.secretUriWithVersion\]$", KeyVaultOutput("continuationTokenSecretUri"));
        Assert.Equal("[parameters('continuationTokenKey')]", ModuleParameter("keyVault", "continuationTokenKey"));
        Assert.Equal("[parameters('continuationTokenKey')]", secret.GetProperty("properties").GetProperty("value").GetString());
        Assert.Equal("Api--ContinuationTokenKey", vault.Evaluate(secret.GetProperty("name")) is string name ? name.Split('/')[^1] : null);
    }

    [Fact]
    public void NoAppSettingCarriesTheValueOfASecureParameter()
    {
        var template = ApiTemplate();
        var secure = template.GetProperty("parameters").EnumerateObject()
            .Where(p => p.Value.GetProperty("type").GetString() is "securestring" or "secureObject")
            .Select(p => $"parameters('{p.Name}')")
            .ToList();
        var carrying = CompiledTemplate.Load().AppSettings()
            .Where(s => s.Value.ValueKind == JsonValueKind.String && secure.Any(p => s.Value.GetString()!.Contains(p, StringComparison.Ordinal)))
            .Select(s => s.Key)
            .ToList();

        Assert.True(carrying.Count == 0, "app settings holding a secret value: " + string.Join(", ", carrying));
    }

    [Fact]
    public void ContactPointSettingsNamedAtDeploymentAreKeyVaultReferencesBesideTheTemplatesOwn()
    {
        var api = Deployments.With(("keyVaultSettings", "Contacts__oncall__Url, Contacts__province-mail__Url")).Module("api");
        var settings = Settings(api);
        var none = Settings(Deployments.Defaults().Module("api"));

        Assert.Equal($"{Reference}{TemplateEvaluation.Runtime.Text}secrets/Contacts--oncall--Url/)", settings["Contacts__oncall__Url"]);
        Assert.Equal("[reference('keyVault').outputs.vaultUri.value]", ModuleParameter("api", "keyVaultUri"));
        Assert.Equal($"{Reference}{TemplateEvaluation.Runtime.Text}secrets/Contacts--province-mail--Url/)", settings["Contacts__province-mail__Url"]);
        Assert.Equal(none.Count + 2, settings.Count);
        Assert.DoesNotContain(none.Keys, k => k.StartsWith("Contacts__", StringComparison.Ordinal));
    }

    [Fact]
    public void TheVaultUsesAzureRbacAndTheAppResolvesReferencesWithItsOwnIdentity()
    {
        var deployment = Deployments.Defaults();
        var vault = deployment.Module("keyvault");
        var properties = (IReadOnlyDictionary<string, object?>)vault.Evaluate(Assert.Single(vault.ResourcesOfType("Microsoft.KeyVault/vaults")).GetProperty("properties"))!;
        var site = Assert.Single(deployment.Module("api").ResourcesOfType("Microsoft.Web/sites"));

        Assert.Equal(true, properties["enableRbacAuthorization"]);
        Assert.False(properties.ContainsKey("accessPolicies"), "the vault has access policies beside its role assignments");
        Assert.Equal(true, properties["enablePurgeProtection"]);
        Assert.Equal("[parameters('identityId')]", site.GetProperty("properties").GetProperty("keyVaultReferenceIdentity").GetString());
    }

    [Fact]
    public void TheAppIdentityCanOnlyReadSecretsInTheVault()
    {
        var onVault = CompiledTemplate.Load().Declared("Microsoft.Authorization/roleAssignments")
            .Where(d => d.Resource.GetProperty("scope").GetString()!.Contains("Microsoft.KeyVault/vaults", StringComparison.Ordinal))
            .Where(d => !d.Resource.TryGetProperty("condition", out _))
            .ToList();

        var assignment = Assert.Single(onVault);
        Assert.Equal("[reference('appIdentity').principalId]", assignment.Resource.GetProperty("properties").GetProperty("principalId").GetString());
        Assert.Contains("variables('roles').keyVaultSecretsUser", assignment.Resource.GetProperty("properties").GetProperty("roleDefinitionId").GetString(), StringComparison.Ordinal);
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", assignment.Variables.GetProperty("roles").GetProperty("keyVaultSecretsUser").GetString());
    }

    private static IReadOnlyDictionary<string, object?> Settings(TemplateEvaluation api)
    {
        var resource = Assert.Single(api.ResourcesOfType("Microsoft.Web/sites/config"), r => r.GetProperty("name").GetString()!.Contains("'appsettings'", StringComparison.Ordinal));
        return (IReadOnlyDictionary<string, object?>)api.Evaluate(resource.GetProperty("properties"))!;
    }

    private static JsonElement ApiTemplate() =>
        CompiledTemplate.Load().Root.GetProperty("resources").GetProperty("api").GetProperty("properties").GetProperty("template");

    private static string? KeyVaultOutput(string output) =>
        CompiledTemplate.Load().Root.GetProperty("resources").GetProperty("keyVault").GetProperty("properties").GetProperty("template")
            .GetProperty("outputs").GetProperty(output).GetProperty("value").GetString();

    private static string? ModuleParameter(string module, string parameter) =>
        CompiledTemplate.Load().Root.GetProperty("resources").GetProperty(module).GetProperty("properties").GetProperty("parameters")
            .GetProperty(parameter).GetProperty("value").GetString();
}
