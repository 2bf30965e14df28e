using Regional.Alerts.Contacts;

namespace Regional.Azure.Contacts;

/// <summary>A contact point's URL (or addresses) and secret, read from the settings it names; a missing one is retried later (the operator may add it), never a crash.</summary>
internal static class ContactSecrets
{
    public static string? Url(IContactSettings settings, ContactPoint point) => settings.Get(point.Setting) is { Length: > 0 } url ? url.Trim() : null;

    public static string? Secret(IContactSettings settings, ContactPoint point) =>
        point.SecretSetting is { } name && settings.Get(name) is { Length: > 0 } secret ? secret : null;

    public static ChannelResult MissingSetting(ContactPoint point, string setting) =>
        ChannelResult.Retry($"the setting '{setting}' of contact point '{point.Id}' has no value");
}
