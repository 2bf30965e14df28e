using Regional.Catalogs;
using Regional.Periods;
using static Regional.Alerts.MessageText;

namespace Regional.Alerts.Notifications;

/// <summary>
/// One notification for one region listing several alerts: the grouping of an evaluation, and of alerts released
/// together when their silence ends. The region's heading names it once; each line is an item's message.
/// </summary>
public static class RegionNotifications
{
    public static Notification Build(
        Catalog catalog,
        Period period,
        string regionCode,
        IEnumerable<NotificationItem> items,
        DateTimeOffset createdAt,
        string scope,
        string headingEn,
        string headingZh)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var ordered = NotificationItems.Ordered(items);
        var region = catalog.FindRegion(regionCode);
        var nameEn = region?.NameEn ?? regionCode;
        var nameZh = region?.NameZh ?? regionCode;
        var facts = ordered.Select(i => $"{i.AlertId}|{i.TransitionId}").Order(StringComparer.Ordinal);
        var textEn = $"{nameEn}, {period}: {headingEn}" + string.Concat(ordered.Select(i => "\n- " + NotificationItems.Line(i.MessageEn, nameEn, ":")));
        var textZh = $"{nameZh}，{PeriodZh(period)}：{headingZh}" + string.Concat(ordered.Select(i => "\n- " + NotificationItems.Line(i.MessageZh, nameZh, "：")));
        return new Notification(
            NotificationIds.For(catalog.Info.Id, period, scope, facts),
            NotificationKind.Region,
            catalog.Info.Id,
            period,
            regionCode,
            region?.PeerGroup,
            ordered.Count == 0 ? Severity.None : ordered[0].Severity,
            ordered.Count == 0 ? null : ordered[0].Kind,
            [.. ordered],
            textEn,
            textZh,
            createdAt);
    }

    public static string CountEn(int count, string what) => Invariant($"{count} {what}{(count == 1 ? string.Empty : "s")}");

    public static string PeriodZh(Period period) => SpanZh(period, Observations.Basis.Level);
}
