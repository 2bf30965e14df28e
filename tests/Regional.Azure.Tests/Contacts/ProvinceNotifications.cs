using Regional.Alerts;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Periods;

namespace Regional.Azure.Tests.Contacts;

/// <summary>One evaluation's notifications about Sichuan regions, written as the engine writes them, in both languages.</summary>
internal static class ProvinceNotifications
{
    public static readonly Period Period = Period.Parse("2025-Q3");

    public static readonly DateTimeOffset At = new(2025, 10, 20, 12, 0, 0, TimeSpan.FromHours(8));

    public static NotificationItem Item(string region, string nameZh, string nameEn, string rule, string indicator, TransitionKind kind, Severity severity, string zh, string en)
    {
        var key = new AlertKey(region, rule, indicator);
        return new NotificationItem($"{key.Id}.2025-Q2", TransitionIds.For(key, Period, kind, severity), kind, severity, region, rule, indicator, $"{nameEn}: {en}", $"{nameZh}：{zh}");
    }

    public static NotificationItem PanzhihuaGdp => Item("510400", "攀枝花市", "Panzhihua", RuleIds.GrowthTarget, "gdp_growth", TransitionKind.Escalated, Severity.Major,
        "1-9月地区生产总值增长3.1%，目标6.0%（−2.9个百分点），排名第19/21，连续第2个季度落后",
        "GDP growth Jan–Sep 3.1% vs target 6.0% (−2.9 pp), rank 19/21, lagging for the 2nd quarter running");

    public static NotificationItem PanzhihuaDebt => Item("510400", "攀枝花市", "Panzhihua", "debt-warning-line", "debt_ratio", TransitionKind.New, Severity.Warning,
        "2025年第3季度债务率126.4%，进入黄色区间（120.0%起）",
        "debt ratio 2025-Q3 126.4% crossed the yellow band (from 120.0%)");

    public static NotificationItem ChengduRetail => Item("510100", "成都市", "Chengdu", RuleIds.GrowthTarget, "retail_sales_growth", TransitionKind.New, Severity.Warning,
        "1-9月社会消费品零售总额增长4.8%，目标5.5%（−0.7个百分点）",
        "retail sales growth Jan–Sep 4.8% vs target 5.5% (−0.7 pp)");

    public static NotificationItem LiangshanResolved => Item("513400", "凉山彝族自治州", "Liangshan", RuleIds.GrowthTarget, "fixed_asset_investment_growth", TransitionKind.Resolved, Severity.None,
        "1-9月固定资产投资增长恢复至目标以上，持续2个季度后解除",
        "fixed-asset investment growth back above target, resolved after 2 quarters");

    public static NotificationItem LiangshanSafety => Item("513400", "凉山彝族自治州", "Liangshan", "work-safety", "work_safety_deaths", TransitionKind.New, Severity.Critical,
        "2025年生产安全事故死亡人数已达控制指标的104%",
        "work-safety deaths 2025 at 104% of the annual control figure");

    public static Notification Region(string code, string nameZh, string nameEn, params NotificationItem[] items) =>
        new(
            NotificationIds.For("sichuan", Period, code, items.Select(i => i.TransitionId)),
            NotificationKind.Region,
            "sichuan",
            Period,
            code,
            code switch { "510400" or "513400" => "panxi", _ => "chengdu-plain" },
            items.Max(i => i.Severity),
            items.OrderByDescending(i => i.Severity).First().Kind,
            [.. NotificationItems.Ordered(items)],
            $"{nameEn}, 2025-Q3: {items.Length} alerts\n" + string.Join('\n', items.Select(i => "- " + NotificationItems.Line(i.MessageEn, nameEn, ":"))),
            $"{nameZh}，2025年第3季度：{items.Length}条预警\n" + string.Join('\n', items.Select(i => "- " + NotificationItems.Line(i.MessageZh, nameZh, "："))),
            At);

    public static Notification Panzhihua => Region("510400", "攀枝花市", "Panzhihua", PanzhihuaGdp, PanzhihuaDebt);

    public static Notification Chengdu => Region("510100", "成都市", "Chengdu", ChengduRetail);

    public static Notification Liangshan => Region("513400", "凉山彝族自治州", "Liangshan", LiangshanSafety, LiangshanResolved);

    public static Notification Summary
    {
        get
        {
            NotificationItem[] items = [.. NotificationItems.Ordered([PanzhihuaGdp, PanzhihuaDebt, ChengduRetail, LiangshanSafety, LiangshanResolved])];
            return new Notification(
                NotificationIds.For("sichuan", Period, "summary", items.Select(i => $"{i.AlertId}|{i.TransitionId}")),
                NotificationKind.Summary,
                "sichuan",
                Period,
                null,
                null,
                items[0].Severity,
                null,
                [.. items],
                "Sichuan Province, 2025-Q3: 5 alert changes in 3 regions\nLagging (2): Chengdu, Panzhihua\nRed lines breached (1): Liangshan\nLeading (0): none",
                "四川省，2025年第3季度：3个地区5条预警变化\n落后（2）：成都市、攀枝花市\n突破红线（1）：凉山彝族自治州\n领先（0）：无",
                At);
        }
    }

    public static Notification[] All => [Panzhihua, Chengdu, Liangshan, Summary];
}
