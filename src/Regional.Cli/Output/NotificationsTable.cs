using Regional.Alerts.Notifications;
using Spectre.Console;

namespace Regional.Cli.Output;

/// <summary>Notifications as officials receive them: kind, region, severity, id and the text in both languages.</summary>
internal static class NotificationsTable
{
    public static void Write(IAnsiConsole console, string title, IReadOnlyList<Notification> notifications, Func<Notification, string>? status = null)
    {
        if (notifications.Count == 0)
        {
            console.MarkupLineInterpolated($"[grey]{title}: none.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title($"[bold]{Markup.Escape(title)}[/]");
        table.AddColumn("Kind");
        table.AddColumn("Region");
        table.AddColumn("Severity");
        table.AddColumn("Id");
        if (status is not null)
        {
            table.AddColumn("Delivery");
        }

        table.AddColumn("Text");
        foreach (var n in notifications)
        {
            var cells = new List<string>
            {
                NotificationVocabulary.Name(n.Kind),
                Markup.Escape(n.RegionCode ?? "province"),
                NotificationVocabulary.Name(n.Severity),
                Markup.Escape(n.Id),
            };
            if (status is not null)
            {
                cells.Add(Markup.Escape(status(n)));
            }

            cells.Add(Markup.Escape(n.TextEn) + "\n[grey]" + Markup.Escape(n.TextZh) + "[/]");
            table.AddRow([.. cells]);
        }

        console.Write(table);
    }
}
