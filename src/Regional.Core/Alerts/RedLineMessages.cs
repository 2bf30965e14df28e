using Regional.Catalogs;
using static Regional.Alerts.MessageText;

namespace Regional.Alerts;

/// <summary>Messages for red-line alerts: the rule, the value and which line it is on the wrong side of.</summary>
internal static class RedLineMessages
{
    public static (string En, string Zh) Write(MessageSubject s, RedLineRule rule)
    {
        var t = s.Transition;
        var value = t.Value is { } v ? s.Value(v) : string.Empty;
        var valueZh = t.Value is { } w ? s.ValueZh(w) : string.Empty;
        var en = $"{s.RegionEn}: {rule.NameEn}: {s.IndicatorEn} {s.SpanEn} {value}";
        var zh = $"{s.RegionZh}：{rule.NameZh}，{s.SpanZh}{s.IndicatorZh}{valueZh}";
        if (s.Resolved)
        {
            return (en + ", back within the line" + s.AfterEn, zh + "，已回到红线以内" + s.AfterZh);
        }

        if (t.Threshold is { } limit && t.Gap is { } gap)
        {
            var (lineEn, lineZh) = Line(rule, t.State, s.Value(limit), s.ValueZh(limit));
            en += $", {lineEn} ({GapEn(gap, s.Unit)})";
            zh += $"，{lineZh}（{GapZh(gap, s.UnitZh)}）";
        }

        en += s.RankEn + (s.RunningEn.Length > 0 ? ", " + s.RunningEn : string.Empty);
        zh += s.RankZh + (s.RunningZh.Length > 0 ? "，" + s.RunningZh : string.Empty);
        return (en, zh);
    }

    private static (string En, string Zh) Line(RedLineRule rule, string state, string limit, string limitZh)
    {
        switch (rule.Kind)
        {
            case RedLineKind.Bands:
                var bandZh = rule.Bands.FirstOrDefault(b => b.Name == state)?.NameZh ?? state;
                return ($"in the {state} band from {limit}", $"处于{bandZh}档（{limitZh}起）");
            case RedLineKind.Quota:
                return ($"below the quota of {limit}", $"低于保护目标{limitZh}");
            case RedLineKind.Cap:
                return ($"above the cap of {limit}", $"超过控制指标{limitZh}");
            default:
                return ($"below {limit}, last year's level less the tolerance", $"低于上年同期水平扣除允许减少量后的{limitZh}");
        }
    }
}
