using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Regional.Functions.Telemetry;

/// <summary>
/// Where telemetry goes in Azure, from the two standard Application Insights settings: the component's connection
/// string (an endpoint; nothing is exported without it) and the Entra authentication string
/// <c>Authorization=AAD;ClientId=&lt;client id&gt;</c>, which signs the export with the app's managed identity
/// (the component accepts no instrumentation-key ingestion).
/// </summary>
public sealed record AzureMonitorSettings(string ConnectionString, Guid? ClientId, bool Entra)
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    private const string Expected = "Authorization=AAD, optionally followed by ;ClientId=<client id of a user-assigned managed identity>";

    /// <summary>The settings, or null when no connection string is set (local runs and tests: no export).</summary>
    public static AzureMonitorSettings? From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[ConnectionStringSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        var authentication = configuration[AuthenticationStringSetting];
        if (string.IsNullOrWhiteSpace(authentication))
        {
            return new AzureMonitorSettings(connectionString, null, Entra: false);
        }

        var (entra, clientId) = ParseAuthentication(authentication);
        return new AzureMonitorSettings(connectionString, clientId, entra);
    }

    /// <summary>The managed identity that signs the export; null where the authentication string is not set.</summary>
    public TokenCredential? Credential() => !Entra ? null
        : ClientId is { } id ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(id.ToString()))
        : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);

    private static (bool Entra, Guid? ClientId) ParseAuthentication(string value)
    {
        string? authorization = null;
        Guid? clientId = null;
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            var key = separator < 0 ? part : part[..separator].Trim();
            var text = separator < 0 ? string.Empty : part[(separator + 1)..].Trim();
            if (key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                authorization = text;
            }
            else if (key.Equals("ClientId", StringComparison.OrdinalIgnoreCase))
            {
                clientId = Guid.TryParse(text, out var id) ? id : throw Invalid($"ClientId '{text}' is not a GUID");
            }
            else
            {
                throw Invalid($"'{key}' is not a known key");
            }
        }

        if (!string.Equals(authorization, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid(authorization is null ? "Authorization is missing" : $"Authorization '{authorization}' is not AAD");
        }

        return (true, clientId);
    }

    private static InvalidOperationException Invalid(string reason) =>
        new($"The setting {AuthenticationStringSetting} is not valid: {reason}. Expected {Expected}.");
}
