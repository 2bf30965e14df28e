using System.Collections.Immutable;
using Regional.Alerts.Notifications;
using Regional.Catalogs;

namespace Regional.Alerts.Contacts;

/// <summary>
/// What a route matches. Each set empty means any; a notification matches when every non-empty set does: its region
/// and peer group, its kind, and at least one item of a listed rule, indicator and at least <see cref="MinSeverity"/>.
/// </summary>
public sealed record RouteMatchers(
    ImmutableHashSet<string> Regions,
    ImmutableHashSet<string> PeerGroups,
    ImmutableHashSet<string> Rules,
    ImmutableHashSet<string> Indicators,
    ImmutableHashSet<NotificationKind> Kinds,
    Severity MinSeverity)
{
    public static RouteMatchers Any { get; } = new([], [], [], [], [], Severity.None);

    public bool MatchesNotification(Notification notification) =>
        (Regions.Count == 0 || (notification.RegionCode is { } region && Regions.Contains(region))) &&
        (PeerGroups.Count == 0 || (notification.PeerGroup is { } group && PeerGroups.Contains(group))) &&
        (Kinds.Count == 0 || Kinds.Contains(notification.Kind));

    public bool MatchesItem(NotificationItem item) =>
        (Rules.Count == 0 || Rules.Contains(item.RuleId)) &&
        (Indicators.Count == 0 || Indicators.Contains(item.IndicatorId)) &&
        item.Severity >= MinSeverity;
}

/// <summary>
/// Local hours in which a route sends nothing below <see cref="PassFrom"/>: what falls in them waits until they end.
/// <see cref="Start"/> after <see cref="End"/> spans midnight (22:00–07:00).
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End, Severity PassFrom)
{
    public bool Contains(TimeOnly time) => Start <= End ? time >= Start && time < End : time >= Start || time < End;
}

/// <summary>
/// A node of the route tree, as Alertmanager's: a notification that matches a node is offered to its children in
/// order; the first child that matches takes it, and the next ones only while the matching child has
/// <see cref="Continue"/>; when no child matches, the node itself delivers to its contact points. Timing fields
/// (<see cref="GroupWait"/>, <see cref="GroupInterval"/>, <see cref="RepeatInterval"/>, <see cref="SendResolved"/>,
/// <see cref="QuietHours"/>) and contact points are inherited from the parent when a node gives none.
/// <see cref="Path"/> is the node's JSON path in the file, which is also how problems and deliveries name it.
/// </summary>
public sealed record NotificationRoute(
    string Path,
    RouteMatchers Match,
    ImmutableArray<string> ContactPoints,
    bool Continue,
    TimeSpan GroupWait,
    TimeSpan GroupInterval,
    TimeSpan RepeatInterval,
    bool SendResolved,
    QuietHours? QuietHours,
    ImmutableArray<NotificationRoute> Routes);
