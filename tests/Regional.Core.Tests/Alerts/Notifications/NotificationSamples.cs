using Regional.Alerts;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Periods;

namespace Regional.Core.Tests.Alerts.Notifications;

/// <summary>Notifications about the regions of <see cref="TestCatalog"/>, built by hand.</summary>
internal static class NotificationSamples
{
    public static readonly DateTimeOffset CreatedAt = new(2025, 10, 20, 8, 0, 0, TimeSpan.FromHours(8));

    public static NotificationItem Item(
        string region = "A1",
        string rule = RuleIds.GrowthTarget,
        string indicator = "gdp_growth",
        TransitionKind kind = TransitionKind.Escalated,
        Severity severity = Severity.Major) =>
        new(
            new AlertKey(region, rule, indicator).Id,
            TransitionIds.For(new AlertKey(region, rule, indicator), Period.Parse("2025-Q3"), kind, severity),
            kind,
            severity,
            region,
            rule,
            indicator,
            $"{region}: {rule} {indicator} {kind}",
            $"{region}：{rule} {indicator} {kind}");

    public static Notification Region(params NotificationItem[] items) =>
        new(
            "test.2025-Q3.A1.0123456789abcdef",
            NotificationKind.Region,
            "test",
            Period.Parse("2025-Q3"),
            "A1",
            "north",
            items.Length == 0 ? Severity.None : items.Max(i => i.Severity),
            items.Length == 0 ? null : items[0].Kind,
            [.. items],
            "Alpha One: GDP growth Jan–Sep 5.0% vs target 7.0% (−2.0 pp), lagging for the 2nd quarter running",
            "甲一：1-9月地区生产总值增速5.0%，目标7.0%（−2.0个百分点），连续第2个季度落后",
            CreatedAt);

    public static Notification Summary(params NotificationItem[] items) =>
        new(
            "test.2025-Q3.summary.fedcba9876543210",
            NotificationKind.Summary,
            "test",
            Period.Parse("2025-Q3"),
            null,
            null,
            items.Length == 0 ? Severity.None : items.Max(i => i.Severity),
            null,
            [.. items],
            "Test province, 2025-Q3: 1 region lagging",
            "测试省，2025年第3季度：1个地区落后",
            CreatedAt);
}
