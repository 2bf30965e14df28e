using Microsoft.Extensions.Configuration;
using Regional.Alerts.Contacts;

namespace Regional.Azure.Contacts;

/// <summary>
/// Contact settings read from the app's configuration by the names contacts.json gives (<c>Contacts__cd-wecom__Url</c>),
/// <c>__</c> read as the section separator as the Functions host reads app settings. In Azure each is a Key Vault
/// reference the platform resolves with the app's identity, so the value never sits in the catalog or the template.
/// Read when a message is sent, so a rotated secret is used from the next send on.
/// </summary>
public sealed class ConfigurationContactSettings(IConfiguration configuration) : IContactSettings
{
    public string? Get(string settingName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(settingName);
        return configuration[settingName.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)];
    }
}
