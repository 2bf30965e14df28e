namespace Regional.Alerts.Contacts;

/// <summary>The channel a contact point is reached by; each has its own adapter, payload and limits.</summary>
public enum ContactKind
{
    /// <summary>A WeCom (企业微信) group robot webhook.</summary>
    Wecom,

    /// <summary>A DingTalk (钉钉) custom robot, signed when it names a secret.</summary>
    Dingtalk,

    /// <summary>A Feishu / Lark custom bot, signed when it names a secret.</summary>
    Feishu,

    /// <summary>A Microsoft Teams incoming webhook or Workflows trigger, sent an Adaptive Card.</summary>
    Teams,

    /// <summary>Any HTTP endpoint: the notification JSON, signed with HMAC-SHA256 over the body.</summary>
    Webhook,

    /// <summary>E-mail through the SMTP relay of the <c>Smtp</c> settings.</summary>
    Email,
}

/// <summary>The language messages to a contact point are written in.</summary>
public enum ContactLanguage
{
    Zh,
    En,
    Both,
}

/// <summary>
/// Somewhere people read alerts: a group robot, a webhook or a mailbox. The catalog never holds the secret part:
/// <see cref="Setting"/> names the setting holding the URL (or the e-mail addresses), <see cref="SecretSetting"/> the
/// one holding the signing secret; in Azure both are Key Vault references.
/// <see cref="DigestAt"/>: mail once a day at that local time, listing everything due since the last digest.
/// <see cref="PerMinute"/>: at most that many messages a minute (the vendor's limit when not given).
/// </summary>
public sealed record ContactPoint(
    string Id,
    ContactKind Kind,
    string Name,
    ContactLanguage Language,
    string Setting,
    string? SecretSetting,
    TimeOnly? DigestAt,
    int PerMinute)
{
    /// <summary>The setting a contact point's URL or address is read from when the catalog names none.</summary>
    public static string DefaultSetting(string id) => $"Contacts__{id}__Url";

    /// <summary>The setting a contact point's signing secret is read from when the catalog names none.</summary>
    public static string DefaultSecretSetting(string id) => $"Contacts__{id}__Secret";

    /// <summary>Messages a minute the vendor accepts from one robot or endpoint, as its documentation states.</summary>
    public static int VendorPerMinute(ContactKind kind) => kind switch
    {
        ContactKind.Wecom => 20,
        ContactKind.Dingtalk => 20,
        ContactKind.Feishu => 100,
        ContactKind.Teams => 60,
        ContactKind.Webhook => 60,
        _ => 30,
    };
}
