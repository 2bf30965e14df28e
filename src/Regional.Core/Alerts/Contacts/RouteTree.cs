using System.Collections.Immutable;
using Regional.Alerts.Notifications;

namespace Regional.Alerts.Contacts;

/// <summary>One route a notification ended at, with the items the route and its ancestors let through.</summary>
public sealed record RouteMatch(NotificationRoute Route, ImmutableArray<NotificationItem> Items);

/// <summary>
/// Walks the route tree as Alertmanager does (<see cref="NotificationRoute"/>): depth first, the first matching child
/// taking a notification unless it has <c>continue</c>, a node with no matching child delivering itself.
/// </summary>
public static class RouteTree
{
    public static IReadOnlyList<RouteMatch> Match(NotificationRoute root, Notification notification)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(notification);
        var matches = new List<RouteMatch>();
        Walk(root, notification, notification.Items, matches);
        return matches;
    }

    private static void Walk(NotificationRoute node, Notification notification, ImmutableArray<NotificationItem> items, List<RouteMatch> matches)
    {
        var any = false;
        foreach (var child in node.Routes)
        {
            if (!child.Match.MatchesNotification(notification))
            {
                continue;
            }

            var kept = items.Where(child.Match.MatchesItem).ToImmutableArray();
            var matched = items.IsEmpty ? notification.Severity >= child.Match.MinSeverity : !kept.IsEmpty;
            if (!matched)
            {
                continue;
            }

            any = true;
            Walk(child, notification, kept, matches);
            if (!child.Continue)
            {
                break;
            }
        }

        if (!any)
        {
            matches.Add(new RouteMatch(node, items));
        }
    }
}
