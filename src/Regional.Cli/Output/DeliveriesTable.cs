using System.Globalization;
using Regional.Alerts.Outbox;
using Regional.Storage;
using Spectre.Console;

namespace Regional.Cli.Output;

/// <summary>Deliveries to contact points: which contact point, which notification, where they stand and the vendor's last answer.</summary>
internal static class DeliveriesTable
{
    public static void Write(IAnsiConsole console, string title, IReadOnlyList<DeliveryEntry> deliveries)
    {
        if (deliveries.Count == 0)
        {
            console.MarkupLineInterpolated($"[grey]{title}: none.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title($"[bold]{Markup.Escape(title)}[/]");
        foreach (var column in new[] { "Contact point", "Notification", "Route", "Status", "Attempts", "Last answer" })
        {
            table.AddColumn(column);
        }

        foreach (var d in deliveries)
        {
            table.AddRow(
                Markup.Escape(d.Delivery.ContactPointId),
                Markup.Escape(d.Delivery.Notification.Id),
                Markup.Escape(d.Delivery.RoutePath),
                d.Status switch
                {
                    OutboxStatus.Failed => "[red]failed[/]",
                    OutboxStatus.Sent => "sent " + d.SentAt?.ToString("u", CultureInfo.InvariantCulture),
                    _ => "due " + d.NextAttemptAt.ToString("u", CultureInfo.InvariantCulture),
                },
                d.Attempts.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(d.LastError ?? string.Empty));
        }

        console.Write(table);
    }
}
