namespace Regional.Api.Authorization;

/// <summary>
/// What authentication can rely on where the app runs: the configured <see cref="Mode"/> (with the text it was read
/// from), whether this is an App Service / Functions site in Azure (the platform sets <c>WEBSITE_SITE_NAME</c> or
/// <c>WEBSITE_INSTANCE_ID</c>), and whether the platform says App Service Authentication is on
/// (<c>WEBSITE_AUTH_ENABLED=True</c>, set by the platform only when it authenticates requests).
/// </summary>
public sealed record AuthEnvironment(AuthMode Mode, string? ModeSetting, bool InAzure, bool PlatformAuthenticationEnabled)
{
    public const string ModeSettingName = "Auth:Mode";

    public static AuthMode ParseMode(string? setting) => setting?.Trim() switch
    {
        { } s when s.Equals(nameof(AuthMode.EasyAuth), StringComparison.OrdinalIgnoreCase) => AuthMode.EasyAuth,
        { } s when s.Equals(nameof(AuthMode.Development), StringComparison.OrdinalIgnoreCase) => AuthMode.Development,
        _ => AuthMode.Unset,
    };

    /// <summary>
    /// Why protected endpoints must refuse every request here, or null when authentication can be trusted. The app
    /// fails closed: anything other than a mode that fits where it runs is a refusal.
    /// </summary>
    public string? Refusal() => Mode switch
    {
        AuthMode.EasyAuth when !PlatformAuthenticationEnabled =>
            "Auth:Mode is EasyAuth but App Service Authentication is not enabled on this app (WEBSITE_AUTH_ENABLED is not True); " +
            "turn it on (the infrastructure's authsettingsV2) so that callers are signed in before the app trusts their principal.",
        AuthMode.EasyAuth => null,
        AuthMode.Development when InAzure =>
            "Auth:Mode is Development, which is refused when the app runs in Azure; set Auth:Mode to EasyAuth and enable App Service Authentication.",
        AuthMode.Development => null,
        _ when InAzure =>
            $"Auth:Mode is {Describe(ModeSetting)} and the app runs in Azure; set Auth:Mode to EasyAuth and enable App Service Authentication.",
        _ =>
            $"Auth:Mode is {Describe(ModeSetting)}; set it to Development for local work (never in Azure) or EasyAuth behind App Service Authentication.",
    };

    private static string Describe(string? setting) => string.IsNullOrWhiteSpace(setting) ? "not set" : $"'{setting}', which is not a known mode";
}
