using Regional.Alerts;
using Regional.Alerts.Contacts;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Periods;

namespace Regional.Core.Tests.Alerts.Contacts;

/// <summary>The bundled Sichuan catalog, contact files written to a folder of their own, and notifications about its regions.</summary>
internal static class ContactSamples
{
    public static readonly DateTimeOffset Noon = new(2025, 10, 20, 12, 0, 0, TimeSpan.FromHours(8));

    private static readonly Lazy<Catalog> Sichuan = new(() => CatalogLoader.LoadDefault());

    public static Catalog Catalog => Sichuan.Value;

    public static string BundledFolder => CatalogLoader.BundledDirectory();

    public static ContactBook Bundled() => ContactsLoader.LoadOrEmpty(BundledFolder, Catalog);

    /// <summary>Loads <paramref name="json"/> as the contacts.json of a folder of its own.</summary>
    public static (ContactBook? Book, IReadOnlyList<CatalogProblem> Problems) Load(string json)
    {
        var folder = Directory.CreateTempSubdirectory("regional-contacts-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, ContactsLoader.FileName), json);
            var (book, problems) = ContactsLoader.TryLoad(folder, Catalog);
            return (book, problems);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static ContactBook Book(string json)
    {
        var (book, problems) = Load(json);
        Assert.True(book is not null, string.Join("\n", problems));
        return book;
    }

    public static NotificationItem Item(
        string region = "510400",
        string rule = RuleIds.GrowthTarget,
        string indicator = "gdp_growth",
        TransitionKind kind = TransitionKind.New,
        Severity severity = Severity.Major,
        string? zh = null,
        string? en = null)
    {
        var key = new AlertKey(region, rule, indicator);
        return new NotificationItem(
            $"{key.Id}.2025-Q3",
            TransitionIds.For(key, Period.Parse("2025-Q3"), kind, severity),
            kind,
            severity,
            region,
            rule,
            indicator,
            en ?? $"Panzhihua: {indicator} {kind}",
            zh ?? $"攀枝花市：{indicator} {kind}");
    }

    public static Notification Region(string region, params NotificationItem[] items) =>
        new(
            NotificationIds.For("sichuan", Period.Parse("2025-Q3"), region, items.Select(i => i.TransitionId)),
            NotificationKind.Region,
            "sichuan",
            Period.Parse("2025-Q3"),
            region,
            Catalog.FindRegion(region)?.PeerGroup,
            items.Max(i => i.Severity),
            items[0].Kind,
            [.. items],
            $"Panzhihua, 2025-Q3: {items.Length} alerts\n" + string.Join('\n', items.Select(i => "- " + i.MessageEn)),
            $"攀枝花市，2025年第3季度：{items.Length}条预警\n" + string.Join('\n', items.Select(i => "- " + i.MessageZh)),
            Noon);

    public static Notification Summary(params NotificationItem[] items) =>
        new(
            NotificationIds.For("sichuan", Period.Parse("2025-Q3"), "summary", items.Select(i => i.TransitionId)),
            NotificationKind.Summary,
            "sichuan",
            Period.Parse("2025-Q3"),
            null,
            null,
            items.Max(i => i.Severity),
            null,
            [.. items],
            $"Sichuan Province, 2025-Q3: {items.Length} alert changes\nLagging (1): Panzhihua",
            $"四川省，2025年第3季度：{items.Length}条预警变化\n落后（1）：攀枝花市",
            Noon);
}
