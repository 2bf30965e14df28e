using System.Collections.Immutable;
using System.Globalization;
using Regional.Alerts.Notifications;
using Regional.Catalogs;

namespace Regional.Alerts.Contacts.Rendering;

/// <summary>
/// Builds the <see cref="MessageDocument"/> of the notifications due for one contact point, in its language: one
/// heading per notification (the first line of its text), a summary's lists, then one line per item linked to the
/// alert's page. A summary first (it is the overview a cut message must keep), then the most severe notification. Nothing is cut here; <see cref="MessageFitting"/> cuts.
/// </summary>
public static class MessageComposer
{
    /// <summary>Longest text of one line, in text elements, so that one long line cannot take a whole message.</summary>
    public const int MaxLineLength = 400;

    public static MessageDocument Compose(IReadOnlyList<Notification> notifications, ContactLanguage language, DashboardLinks links)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(links);
        var ordered = notifications
            .OrderBy(n => n.Kind == NotificationKind.Summary ? 0 : 1)
            .ThenByDescending(n => n.Severity)
            .ThenBy(n => n.CreatedAt)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        var lines = new List<MessageLine>();
        foreach (var notification in ordered)
        {
            var zh = notification.TextZh.Split('\n');
            var en = notification.TextEn.Split('\n');
            lines.Add(new MessageLine(LineKind.Heading, Say(language, zh[0], en[0]), links.List(notification.RegionCode, notification.Period.ToString()), Name(notification.Severity)));
            if (notification.Kind == NotificationKind.Summary)
            {
                for (var i = 1; i < Math.Max(zh.Length, en.Length); i++)
                {
                    lines.Add(new MessageLine(LineKind.Text, Say(language, zh.ElementAtOrDefault(i) ?? string.Empty, en.ElementAtOrDefault(i) ?? string.Empty), null, Name(notification.Severity)));
                }
            }

            var regionZh = zh[0].Split('，')[0];
            var regionEn = en[0].Split(',')[0];
            foreach (var item in NotificationItems.Ordered(notification.Items))
            {
                var textZh = notification.Kind == NotificationKind.Summary ? item.MessageZh : NotificationItems.Line(item.MessageZh, regionZh, "：");
                var textEn = notification.Kind == NotificationKind.Summary ? item.MessageEn : NotificationItems.Line(item.MessageEn, regionEn, ":");
                var link = links.Alert(item.AlertId);
                var text = Say(language, $"【{SeverityZh(item.Severity)}】{textZh}", $"[{Name(item.Severity)}] {textEn}");
                lines.Add(new MessageLine(LineKind.Item, link is null ? $"{text} ({item.AlertId})" : text, link, Name(item.Severity)));
            }
        }

        var title = ordered.Count == 1
            ? Say(language, zh: ordered[0].TextZh.Split('\n')[0], en: ordered[0].TextEn.Split('\n')[0])
            : Say(language, Invariant($"区域预警：{ordered.Count}条通知"), Invariant($"Regional alerts: {ordered.Count} notifications"));
        var period = ordered.Count > 0 ? ordered[0].Period.ToString() : string.Empty;
        var region = ordered.Select(n => n.RegionCode).Distinct(StringComparer.Ordinal).Count() == 1 ? ordered.FirstOrDefault()?.RegionCode : null;
        return new MessageDocument(
            TextElements.Truncate(title, MaxLineLength),
            [.. lines.Select(l => l with { Text = TextElements.Truncate(l.Text, MaxLineLength) })],
            0,
            links.List(region, period),
            Say(language, "另有{0}条未列出，请在仪表板查看全部", "{0} more not listed; see all on the dashboard"));
    }

    private static string Say(ContactLanguage language, string zh, string en) => language switch
    {
        ContactLanguage.En => en,
        ContactLanguage.Both => string.Equals(zh, en, StringComparison.Ordinal) ? zh : $"{zh} / {en}",
        _ => zh,
    };

    private static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>The severity as a word, so that no reader depends on a colour or an icon.</summary>
    private static string SeverityZh(Severity severity) => severity switch
    {
        Severity.Critical => "严重",
        Severity.Major => "重大",
        Severity.Warning => "警告",
        Severity.Info => "提示",
        _ => "解除",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
