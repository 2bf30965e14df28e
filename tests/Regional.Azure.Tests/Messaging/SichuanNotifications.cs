using Regional.Alerts;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Periods;
using Regional.Pipeline;

namespace Regional.Azure.Tests.Messaging;

/// <summary>Notifications about regions of the bundled Sichuan catalog, built by hand.</summary>
internal static class SichuanNotifications
{
    public static readonly DateTimeOffset CreatedAt = new(2025, 10, 20, 8, 0, 0, TimeSpan.FromHours(8));

    private static readonly Lazy<Catalog> Sichuan = new(() => CatalogLoader.LoadDefault());

    public static Catalog Catalog => Sichuan.Value;

    public static ICatalogProvider Catalogs => new FixedCatalogProvider(Catalog);

    public static NotificationItem Item(
        string region = "510400",
        string rule = RuleIds.GrowthTarget,
        string indicator = "gdp_growth",
        TransitionKind kind = TransitionKind.Escalated,
        Severity severity = Severity.Major,
        string? messageEn = null)
    {
        var key = new AlertKey(region, rule, indicator);
        return new NotificationItem(
            key.Id,
            TransitionIds.For(key, Period.Parse("2025-Q3"), kind, severity),
            kind,
            severity,
            region,
            rule,
            indicator,
            messageEn ?? $"{region}: {rule} {indicator} {kind}",
            $"{region}：{rule} {indicator} {kind}");
    }

    public static Notification Region(string id, params NotificationItem[] items) =>
        new(
            id,
            NotificationKind.Region,
            "sichuan",
            Period.Parse("2025-Q3"),
            items.Length == 0 ? "510400" : items[0].RegionCode,
            "panxi",
            items.Length == 0 ? Severity.None : items.Max(i => i.Severity),
            items.Length == 0 ? null : items[0].Kind,
            [.. items],
            "Panzhihua: GDP growth Jan–Sep 3.1% vs target 6.0% (−2.9 pp), rank 19/21, lagging for the 2nd quarter running",
            "攀枝花市：1-9月地区生产总值增长3.1%，目标6.0%（−2.9个百分点），排名第19/21，连续第2个季度落后",
            CreatedAt);

    public static Notification Summary(string id, params NotificationItem[] items) =>
        new(
            id,
            NotificationKind.Summary,
            "sichuan",
            Period.Parse("2025-Q3"),
            null,
            null,
            items.Length == 0 ? Severity.None : items.Max(i => i.Severity),
            null,
            [.. items],
            "Sichuan, 2025-Q3: 2 regions lagging",
            "四川省，2025年第3季度：2个地区落后",
            CreatedAt);

    /// <summary><paramref name="count"/> notifications with distinct ids, in id order.</summary>
    public static List<Notification> Many(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Region($"sichuan.2025-Q3.510400.{i:D4}", Item()))];
}
