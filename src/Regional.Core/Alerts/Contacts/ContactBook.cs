using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Regional.Alerts.Contacts;

/// <summary>
/// The contact points of a catalog and the route tree that decides which of them hears of which notification
/// (<c>contacts.json</c>, schema <c>catalog/schema/contacts.schema.json</c>). Times of day (quiet hours, digests) are
/// read in <see cref="TimeZone"/>.
/// </summary>
public sealed record ContactBook
{
    private readonly Lazy<FrozenDictionary<string, ContactPoint>> _byId;

    public ContactBook(TimeZoneInfo timeZone, ImmutableArray<ContactPoint> contactPoints, NotificationRoute root)
    {
        TimeZone = timeZone;
        ContactPoints = contactPoints;
        Root = root;
        _byId = new(Index);
    }

    // A copy made by `with` must index its own contact points, not the original's.
    private ContactBook(ContactBook original)
    {
        TimeZone = original.TimeZone;
        ContactPoints = original.ContactPoints;
        Root = original.Root;
        _byId = new(Index);
    }

    public TimeZoneInfo TimeZone { get; init; }

    public ImmutableArray<ContactPoint> ContactPoints { get; init; }

    public NotificationRoute Root { get; init; }

    /// <summary>A book that delivers to nobody: a catalog without <c>contacts.json</c>.</summary>
    public static ContactBook Empty { get; } = new(
        TimeZoneInfo.Utc,
        [],
        new NotificationRoute("$.route", RouteMatchers.Any, [], false, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromHours(4), true, null, []));

    public ContactPoint? Find(string id) => _byId.Value.GetValueOrDefault(id);

    private FrozenDictionary<string, ContactPoint> Index() => ContactPoints.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
}
