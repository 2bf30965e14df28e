using System.Collections.Immutable;
using Regional.Alerts.Notifications;
using Regional.Catalogs;

namespace Regional.Alerts.Contacts;

/// <summary>
/// Expands a notification into its deliveries, one per contact point its routes reach. Pure: the time is given.
/// <list type="bullet">
/// <item>A resolution is left out along a route that does not send resolved notices; a notification left with no
/// item is not delivered there at all.</item>
/// <item>A contact point reached by several routes gets one delivery with the items of all of them, timed by the
/// first route.</item>
/// <item>Due after the route's group wait (what falls due together for a contact point goes as one message); inside
/// the route's quiet hours, at their end unless an item is at least as severe as they let pass; for a digest contact
/// point, at its next digest time.</item>
/// </list>
/// </summary>
public static class DeliveryPlanner
{
    public static IReadOnlyList<Delivery> Plan(ContactBook book, Notification notification, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(notification);
        var byContact = new Dictionary<string, (RouteMatch First, List<NotificationItem> Items)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var match in RouteTree.Match(book.Root, notification))
        {
            var items = match.Route.SendResolved || notification.Kind == NotificationKind.Summary
                ? match.Items
                : [.. match.Items.Where(i => i.Kind != TransitionKind.Resolved)];
            if (items.IsEmpty && !notification.Items.IsEmpty)
            {
                continue;
            }

            foreach (var contact in match.Route.ContactPoints)
            {
                if (!byContact.TryGetValue(contact, out var seen))
                {
                    byContact[contact] = (match, [.. items]);
                    order.Add(contact);
                }
                else
                {
                    seen.Items.AddRange(items.Where(i => !seen.Items.Any(s => s.TransitionId == i.TransitionId && s.AlertId == i.AlertId)));
                }
            }
        }

        var deliveries = new List<Delivery>();
        foreach (var contact in order)
        {
            if (book.Find(contact) is not { } point)
            {
                continue;
            }

            var (first, items) = byContact[contact];
            var ordered = NotificationItems.Ordered(items).ToImmutableArray();
            var narrowed = ordered.Length == notification.Items.Length
                ? notification
                : notification with { Items = ordered, Severity = ordered.IsEmpty ? notification.Severity : ordered[0].Severity };
            deliveries.Add(new Delivery(
                Delivery.IdFor(notification.Id, contact),
                contact,
                first.Route.Path,
                narrowed,
                DueAt(book.TimeZone, first.Route, point, narrowed, now),
                first.Route.GroupInterval));
        }

        return deliveries;
    }

    /// <summary>When a delivery may go: after the group wait, outside quiet hours (unless urgent), at the digest time.</summary>
    public static DateTimeOffset DueAt(TimeZoneInfo zone, NotificationRoute route, ContactPoint point, Notification notification, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(notification);
        var due = now + route.GroupWait;
        if (point.DigestAt is { } digest)
        {
            return NextLocal(zone, due, digest);
        }

        if (route.QuietHours is { } quiet && notification.Severity < quiet.PassFrom &&
            quiet.Contains(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, zone).DateTime)))
        {
            return NextLocal(zone, due, quiet.End);
        }

        return due;
    }

    /// <summary>The first moment at or after <paramref name="from"/> when the local clock of <paramref name="zone"/> shows <paramref name="time"/>.</summary>
    public static DateTimeOffset NextLocal(TimeZoneInfo zone, DateTimeOffset from, TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(from, zone);
        for (var day = 0; day < 3; day++)
        {
            var wall = local.Date.AddDays(day) + time.ToTimeSpan();
            var candidate = new DateTimeOffset(wall, zone.GetUtcOffset(wall));
            if (candidate >= from)
            {
                return candidate;
            }
        }

        return from;
    }
}
