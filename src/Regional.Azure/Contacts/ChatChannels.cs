using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Regional.Alerts.Contacts;
using Regional.Alerts.Contacts.Rendering;

namespace Regional.Azure.Contacts;

/// <summary>
/// A WeCom (企业微信) group robot: <c>POST {"msgtype":"markdown","markdown":{"content":...}}</c> to the robot's
/// webhook URL (it carries the robot's key). The content is at most 4,096 bytes of UTF-8; a robot takes at most 20
/// messages a minute. The answer is <c>{"errcode":0,"errmsg":"ok"}</c>; <c>errcode</c> 45009 (over the limit) and -1
/// (busy) are tried again later, 93000 (the webhook URL is not valid) and every other code are refusals.
/// </summary>
public sealed class WeComChannel(IHttpClientFactory clients, IContactSettings settings, ContactMessages messages) : IContactChannel
{
    public const int MaxContentBytes = 4096;

    public ContactKind Kind => ContactKind.Wecom;

    public bool OneNotificationPerMessage => false;

    public async Task<ChannelResult> SendAsync(ContactPoint point, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (ContactSecrets.Url(settings, point) is not { } url)
        {
            return ContactSecrets.MissingSetting(point, point.Setting);
        }

        var content = messages.Markdown(point, deliveries, MaxContentBytes);
        var (failure, body) = await ContactHttp.PostAsync(
            clients, url, ContactHttp.Json(new { msgtype = "markdown", markdown = new { content } }), null, cancellationToken).ConfigureAwait(false);
        return failure ?? ContactHttp.Code(body, "errcode") switch
        {
            0 => ChannelResult.Sent(body),
            45009 => ChannelResult.Retry("WeCom 45009 (over 20 messages a minute): " + ContactHttp.Shorten(body), TimeSpan.FromMinutes(1)),
            -1 => ChannelResult.Retry("WeCom -1 (busy): " + ContactHttp.Shorten(body)),
            _ => ChannelResult.Refused("WeCom refused: " + ContactHttp.Shorten(body)),
        };
    }
}

/// <summary>
/// A DingTalk (钉钉) custom robot: <c>POST {"msgtype":"markdown","markdown":{"title":...,"text":...}}</c>. With
/// 加签 (a secret), the URL gains <c>timestamp</c> (milliseconds) and <c>sign</c> = URL-encoded Base64 of
/// HMAC-SHA256 keyed by the secret over <c>timestamp + "\n" + secret</c>; the robot refuses a timestamp more than an
/// hour off. At most 20 messages a minute (past that the robot is throttled for 10 minutes). <c>errcode</c> 130101
/// (sending too fast) is tried again after 10 minutes; 310000 (signature, keyword or IP check failed), 300001 (bad
/// token) and every other code are refusals.
/// </summary>
public sealed class DingTalkChannel(IHttpClientFactory clients, IContactSettings settings, ContactMessages messages, TimeProvider clock) : IContactChannel
{
    /// <summary>The text kept under this many bytes: a summary is cut well before DingTalk's own message limit.</summary>
    public const int MaxTextBytes = 6000;

    public ContactKind Kind => ContactKind.Dingtalk;

    public bool OneNotificationPerMessage => false;

    public static string Sign(long timestampMs, string secret)
    {
        var text = timestampMs.ToString(CultureInfo.InvariantCulture) + "\n" + secret;
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)));
    }

    public async Task<ChannelResult> SendAsync(ContactPoint point, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (ContactSecrets.Url(settings, point) is not { } url)
        {
            return ContactSecrets.MissingSetting(point, point.Setting);
        }

        if (point.SecretSetting is not null)
        {
            if (ContactSecrets.Secret(settings, point) is not { } secret)
            {
                return ContactSecrets.MissingSetting(point, point.SecretSetting);
            }

            var timestamp = clock.GetUtcNow().ToUnixTimeMilliseconds();
            url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") +
                string.Create(CultureInfo.InvariantCulture, $"timestamp={timestamp}&sign={Uri.EscapeDataString(Sign(timestamp, secret))}");
        }

        var document = messages.Document(point, deliveries);
        var text = messages.Markdown(point, deliveries, MaxTextBytes);
        var (failure, body) = await ContactHttp.PostAsync(
            clients, url, ContactHttp.Json(new { msgtype = "markdown", markdown = new { title = TextElements.Truncate(document.Title, 60), text } }), null, cancellationToken).ConfigureAwait(false);
        return failure ?? ContactHttp.Code(body, "errcode") switch
        {
            0 => ChannelResult.Sent(body),
            130101 => ChannelResult.Retry("DingTalk 130101 (sending too fast): " + ContactHttp.Shorten(body), TimeSpan.FromMinutes(10)),
            _ => ChannelResult.Refused("DingTalk refused: " + ContactHttp.Shorten(body)),
        };
    }
}

/// <summary>
/// A Feishu / Lark custom bot: <c>POST {"msg_type":"post","content":{"post":{"zh_cn":{"title":...,"content":[[...]]}}}}</c>,
/// each paragraph a list of <c>text</c> and <c>a</c> (link) elements. With 签名校验 (a secret) the body gains
/// <c>timestamp</c> (seconds, as a string) and <c>sign</c> = Base64 of HMAC-SHA256 keyed by
/// <c>timestamp + "\n" + secret</c> over an empty message. A request body is at most 20 KB; a bot takes at most 100
/// requests a minute. The answer is <c>{"code":0,...}</c>; 11232 (frequency limited) is tried again later, 19021
/// (signature), 19022 (IP), 19024 (keyword) and every other code are refusals.
/// </summary>
public sealed class FeishuChannel(IHttpClientFactory clients, IContactSettings settings, ContactMessages messages, TimeProvider clock) : IContactChannel
{
    public const int MaxBodyBytes = 20 * 1000;

    public ContactKind Kind => ContactKind.Feishu;

    public bool OneNotificationPerMessage => false;

    public static string Sign(long timestampSeconds, string secret)
    {
        var key = timestampSeconds.ToString(CultureInfo.InvariantCulture) + "\n" + secret;
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Array.Empty<byte>()));
    }

    public async Task<ChannelResult> SendAsync(ContactPoint point, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (ContactSecrets.Url(settings, point) is not { } url)
        {
            return ContactSecrets.MissingSetting(point, point.Setting);
        }

        string? secret = null;
        if (point.SecretSetting is not null && (secret = ContactSecrets.Secret(settings, point)) is null)
        {
            return ContactSecrets.MissingSetting(point, point.SecretSetting);
        }

        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var locale = point.Language == ContactLanguage.En ? "en_us" : "zh_cn";
        byte[] Payload(MessageDocument document)
        {
            var post = new Dictionary<string, object> { [locale] = new { title = document.Title, content = Paragraphs(document, point.Language) } };
            var content = new { post };
            return secret is null
                ? ContactHttp.Json(new { msg_type = "post", content })
                : ContactHttp.Json(new { timestamp = timestamp.ToString(CultureInfo.InvariantCulture), sign = Sign(timestamp, secret), msg_type = "post", content });
        }

        var fitted = MessageFitting.Fit(messages.Document(point, deliveries), d => Payload(d).Length, MaxBodyBytes);
        var (failure, body) = await ContactHttp.PostAsync(clients, url, Payload(fitted), null, cancellationToken).ConfigureAwait(false);
        return failure ?? ContactHttp.Code(body, "code") switch
        {
            0 => ChannelResult.Sent(body),
            11232 => ChannelResult.Retry("Feishu 11232 (frequency limited): " + ContactHttp.Shorten(body), TimeSpan.FromMinutes(1)),
            _ => ChannelResult.Refused("Feishu refused: " + ContactHttp.Shorten(body)),
        };
    }

    private static List<List<Dictionary<string, string>>> Paragraphs(MessageDocument document, ContactLanguage language)
    {
        var paragraphs = new List<List<Dictionary<string, string>>>();
        foreach (var line in document.Lines)
        {
            var paragraph = new List<Dictionary<string, string>>
            {
                new() { ["tag"] = "text", ["text"] = line.Kind == LineKind.Item ? "• " + line.Text : line.Text },
            };
            if (line.Link is not null)
            {
                paragraph.Add(new() { ["tag"] = "text", ["text"] = " " });
                paragraph.Add(new() { ["tag"] = "a", ["text"] = line.Kind == LineKind.Item ? (language == ContactLanguage.En ? "details" : "详情") : (language == ContactLanguage.En ? "list" : "列表"), ["href"] = line.Link });
            }

            paragraphs.Add(paragraph);
        }

        if (document.OmittedLine is { } omitted)
        {
            var paragraph = new List<Dictionary<string, string>> { new() { ["tag"] = "text", ["text"] = omitted } };
            if (document.MoreLink is not null)
            {
                paragraph.Add(new() { ["tag"] = "a", ["text"] = language == ContactLanguage.En ? " dashboard" : " 仪表板", ["href"] = document.MoreLink });
            }

            paragraphs.Add(paragraph);
        }

        return paragraphs;
    }
}

/// <summary>
/// Microsoft Teams, through an incoming webhook or a Workflows "post to a channel when a webhook request is received"
/// trigger: <c>POST {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{AdaptiveCard 1.4}}]}</c>.
/// A message is at most 28 KB. Any 2xx is accepted (Workflows answers 202); 429 and 5xx are tried again later.
/// </summary>
public sealed class TeamsChannel(IHttpClientFactory clients, IContactSettings settings, ContactMessages messages) : IContactChannel
{
    public const int MaxBodyBytes = 28 * 1000;

    public ContactKind Kind => ContactKind.Teams;

    public bool OneNotificationPerMessage => false;

    public async Task<ChannelResult> SendAsync(ContactPoint point, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (ContactSecrets.Url(settings, point) is not { } url)
        {
            return ContactSecrets.MissingSetting(point, point.Setting);
        }

        var fitted = MessageFitting.Fit(messages.Document(point, deliveries), d => Payload(d, point.Language).Length, MaxBodyBytes);
        var (failure, body) = await ContactHttp.PostAsync(clients, url, Payload(fitted, point.Language), null, cancellationToken).ConfigureAwait(false);
        return failure ?? ChannelResult.Sent(ContactHttp.Shorten(body));
    }

    public static byte[] Payload(MessageDocument document, ContactLanguage language)
    {
        var body = new List<object>
        {
            new { type = "TextBlock", text = document.Title, weight = "Bolder", size = "Medium", wrap = true },
        };
        foreach (var line in document.Lines)
        {
            body.Add(new
            {
                type = "TextBlock",
                text = line.Link is null ? MarkdownText.Escape(line.Text) : $"{(line.Kind == LineKind.Item ? "- " : string.Empty)}{MarkdownText.Escape(line.Text)} [{(language == ContactLanguage.En ? "details" : "详情")}]({line.Link})",
                weight = line.Kind == LineKind.Heading ? "Bolder" : "Default",
                wrap = true,
                spacing = line.Kind == LineKind.Heading ? "Medium" : "Small",
            });
        }

        if (document.OmittedLine is { } omitted)
        {
            body.Add(new { type = "TextBlock", text = omitted, isSubtle = true, wrap = true, weight = "Default", spacing = "Medium" });
        }

        var actions = document.MoreLink is null
            ? new List<object>()
            : [new { type = "Action.OpenUrl", title = language == ContactLanguage.En ? "Open the dashboard" : "打开仪表板", url = document.MoreLink }];
        var card = new Dictionary<string, object>
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = body,
            ["actions"] = actions,
        };
        return ContactHttp.Json(new
        {
            type = "message",
            attachments = new[] { new { contentType = "application/vnd.microsoft.card.adaptive", contentUrl = (string?)null, content = card } },
        });
    }
}
