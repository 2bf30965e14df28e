using System.Globalization;
using Regional.Engine.Targets;
using static Regional.Alerts.MessageText;

namespace Regional.Alerts;

/// <summary>
/// Messages for growth-target alerts. The band is named as the catalog names it, and the target is quoted as it was
/// set, with its qualifier ("vs target around 6.0%", "低于目标6.0%左右").
/// </summary>
internal static class GrowthMessages
{
    public static (string En, string Zh) Write(MessageSubject s)
    {
        var t = s.Transition;
        var figureEn = t.Value is { } v ? " " + s.Value(v) : string.Empty;
        var figureZh = t.Value is { } w ? s.ValueZh(w) : string.Empty;
        if (t.Threshold is { } target && t.Gap is { } gap)
        {
            var (targetEn, targetZh) = TargetAsSet(s, target);
            figureEn += $" vs target {targetEn} ({GapEn(gap, s.Unit)})";
            var relation = gap < 0 ? "低于" : gap > 0 ? "高于" : "达到";
            figureZh += $"，{relation}目标{targetZh}（{GapZh(gap, s.UnitZh)}）";
        }

        var en = $"{s.RegionEn}: {s.IndicatorEn} {s.SpanEn}{figureEn}{s.RankEn}, ";
        var zh = $"{s.RegionZh}：{s.SpanZh}{s.IndicatorZh}{figureZh}{s.RankZh}，";
        if (s.Resolved)
        {
            return (en + "no longer lagging" + s.AfterEn, zh + "落后状态解除" + s.AfterZh);
        }

        var band = TargetBands.Find(s.Catalog.Rules.Targets, t.State);
        var stateEn = band?.NameEn ?? t.State;
        var stateZh = band?.NameZh ?? t.State;
        return t.Streak >= 2
            ? (en + stateEn + " " + s.RunningEn, zh + s.RunningZh + stateZh)
            : (en + stateEn, zh + "进度" + stateZh);
    }

    /// <summary>The target in the qualifier's wording of the catalog, or the bare figure without a qualifier.</summary>
    private static (string En, string Zh) TargetAsSet(MessageSubject s, double target)
    {
        var key = s.Transition.Key;
        var set = s.Catalog.FindTarget(s.Transition.Period.Year, key.RegionCode, key.IndicatorId);
        if (set is null || s.Catalog.Rules.Targets.FindQualifier(set.Qualifier) is not { } qualifier)
        {
            return (s.Value(target), s.ValueZh(target));
        }

        var value = target.ToString("0.0", CultureInfo.InvariantCulture);
        var upper = set.Upper?.ToString("0.0", CultureInfo.InvariantCulture) ?? value;
        return (
            string.Format(CultureInfo.InvariantCulture, qualifier.WordingEn, value, upper),
            string.Format(CultureInfo.InvariantCulture, qualifier.WordingZh, value, upper));
    }
}
