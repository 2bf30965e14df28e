using Regional.Alerts.Lifecycle;
using Regional.Catalogs;
using Regional.Engine;
using static Regional.Alerts.MessageText;

namespace Regional.Alerts.Notifications;

/// <summary>
/// Groups the notified transitions of one evaluation: one notification per region listing all of its transitions, and
/// one provincial summary (who lags, who breached a red line, who leads, from the scorecards) whenever anything was
/// notified. An evaluation that changes nothing sends nothing, not even a summary.
/// </summary>
public static class EvaluationNotifications
{
    public static IReadOnlyList<Notification> Build(Catalog catalog, EvaluationResult result, IReadOnlyList<(AlertTransition Transition, string AlertId)> notified)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(notified);
        if (notified.Count == 0)
        {
            return [];
        }

        var regions = notified
            .GroupBy(n => n.Transition.Key.RegionCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var items = g.Select(n => NotificationItems.From(n.Transition, n.AlertId)).ToList();
                return RegionNotifications.Build(
                    catalog,
                    result.Period,
                    g.Key,
                    items,
                    result.EvaluatedAt,
                    g.Key,
                    RegionNotifications.CountEn(items.Count, "alert"),
                    Invariant($"{items.Count}条预警"));
            })
            .ToList();
        return [.. regions, Summary(catalog, result, notified, regions.Count)];
    }

    private static Notification Summary(Catalog catalog, EvaluationResult result, IReadOnlyList<(AlertTransition Transition, string AlertId)> notified, int regionCount)
    {
        var items = NotificationItems.Ordered(notified.Select(n => NotificationItems.From(n.Transition, n.AlertId)));
        var cards = result.Scorecards.OrderBy(c => c.RegionCode, StringComparer.Ordinal).ToList();
        var lagging = cards.Where(c => c.Standing == Standing.Lagging || c.Findings.Any(f => f.Kind == FindingKind.Growth && f.Severity >= Severity.Warning)).ToList();
        var breached = cards.Where(c => c.WorstRedLine >= Severity.Warning).ToList();
        var leading = cards.Where(c => c.Standing == Standing.Leading).ToList();
        var province = catalog.Root;
        var nameEn = province?.NameEn ?? catalog.Info.NameEn;
        var nameZh = province?.NameZh ?? catalog.Info.NameZh;
        var textEn = $"{nameEn}, {result.Period}: {RegionNotifications.CountEn(items.Count, "alert change")} in {RegionNotifications.CountEn(regionCount, "region")}"
            + ListEn("Lagging", lagging) + ListEn("Red lines breached", breached) + ListEn("Leading", leading);
        var textZh = Invariant($"{nameZh}，{RegionNotifications.PeriodZh(result.Period)}：{regionCount}个地区{items.Count}条预警变化")
            + ListZh("落后", lagging) + ListZh("突破红线", breached) + ListZh("领先", leading);
        return new Notification(
            NotificationIds.For(catalog.Info.Id, result.Period, "summary", items.Select(i => $"{i.AlertId}|{i.TransitionId}").Order(StringComparer.Ordinal)),
            NotificationKind.Summary,
            catalog.Info.Id,
            result.Period,
            null,
            null,
            items[0].Severity,
            null,
            [.. items],
            textEn,
            textZh,
            result.EvaluatedAt);

        string Name(RegionScorecard card, bool zh) => catalog.FindRegion(card.RegionCode) is { } r ? (zh ? r.NameZh : r.NameEn) : card.RegionCode;

        string ListEn(string label, List<RegionScorecard> list) =>
            Invariant($"\n{label} ({list.Count}): ") + (list.Count == 0 ? "none" : string.Join(", ", list.Select(c => Name(c, zh: false))));

        string ListZh(string label, List<RegionScorecard> list) =>
            Invariant($"\n{label}（{list.Count}）：") + (list.Count == 0 ? "无" : string.Join("、", list.Select(c => Name(c, zh: true))));
    }
}
