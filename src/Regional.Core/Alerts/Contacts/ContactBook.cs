using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Regional.Alerts.Contacts;

/// <summary>
/// The contact points of a catalog and the route tree that decides which of them hears of which notification
/// (<c>contacts.json</c>, schema <c>catalog/schema/contacts.schema.json</c>). Times of day (quiet hours, digests) are
/// read in <see cref="TimeZone"/>.
/// </summary>
public sealed record ContactBook(TimeZoneInfo TimeZone, ImmutableArray<ContactPoint> ContactPoints, NotificationRoute Root)
{
    private readonly Lazy<FrozenDictionary<string, ContactPoint>> _byId = new(() => ContactPoints.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal));

    public ContactPoint? Find(string id) => _byId.Value.GetValueOrDefault(id);

    /// <summary>A book that delivers to nobody: a catalog without <c>contacts.json</c>.</summary>
    public static ContactBook Empty { get; } = new(
        TimeZoneInfo.Utc,
        [],
        new NotificationRoute("$.route", RouteMatchers.Any, [], false, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromHours(4), true, null, []));
}
