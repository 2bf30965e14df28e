namespace Regional.Azure.Api;

/// <summary>
/// What the App Service platform says about the site, read from the process environment only: the platform sets
/// these variables on the process, and no configuration file, command line or other source may stand in for them (an
/// <c>appsettings.json</c> with <c>WEBSITE_AUTH_ENABLED=True</c> must not make the app trust a principal header).
/// </summary>
public sealed class PlatformSettings(Func<string, string?> variable)
{
    /// <summary>The variables of this process, as the platform set them.</summary>
    public static PlatformSettings FromProcess() => new(Environment.GetEnvironmentVariable);

    /// <summary>A platform described by the variables given (tests, tools); every other variable is unset.</summary>
    public static PlatformSettings Of(IReadOnlyDictionary<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return new(name => variables.TryGetValue(name, out var value) ? value : null);
    }

    /// <summary>An App Service / Functions site in Azure: the platform sets the site name or the instance id.</summary>
    public bool InAzure =>
        !string.IsNullOrWhiteSpace(variable(AuthOptions.SiteNameSetting)) || !string.IsNullOrWhiteSpace(variable(AuthOptions.InstanceIdSetting));

    /// <summary>App Service Authentication is on: the platform sets <c>WEBSITE_AUTH_ENABLED=True</c> only then.</summary>
    public bool AuthenticationEnabled =>
        string.Equals(variable(AuthOptions.PlatformAuthSetting)?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
