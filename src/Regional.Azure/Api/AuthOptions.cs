namespace Regional.Azure.Api;

/// <summary>
/// How callers are authenticated (section <c>Auth</c>): <c>EasyAuth</c> behind App Service Authentication, or
/// <c>Development</c> for local work. Unset or unknown, protected endpoints refuse every request; see
/// <see cref="Regional.Api.Authorization.AuthEnvironment"/> for the rules and docs/http-api.md for the roles.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Set by the platform on every App Service and Functions site.</summary>
    public const string SiteNameSetting = "WEBSITE_SITE_NAME";

    /// <summary>Set by the platform on every instance of a site.</summary>
    public const string InstanceIdSetting = "WEBSITE_INSTANCE_ID";

    /// <summary>Set to <c>True</c> by the platform when App Service Authentication is enabled on the site.</summary>
    public const string PlatformAuthSetting = "WEBSITE_AUTH_ENABLED";

    public string? Mode { get; set; }
}
