using Regional.Engine.Targets;
using static Regional.Alerts.MessageText;

namespace Regional.Alerts;

/// <summary>Messages for growth-target alerts.</summary>
internal static class GrowthMessages
{
    public static (string En, string Zh) Write(MessageSubject s)
    {
        var t = s.Transition;
        var figureEn = t.Value is { } v ? " " + s.Value(v) : string.Empty;
        var figureZh = t.Value is { } w ? s.ValueZh(w) : string.Empty;
        if (t.Threshold is { } target && t.Gap is { } gap)
        {
            figureEn += $" vs target {s.Value(target)} ({GapEn(gap, s.Unit)})";
            var relation = gap < 0 ? "低于" : gap > 0 ? "高于" : "达到";
            figureZh += $"，{relation}目标{s.ValueZh(target)}（{GapZh(gap, s.UnitZh)}）";
        }

        var en = $"{s.RegionEn}: {s.IndicatorEn} {s.SpanEn}{figureEn}{s.RankEn}, ";
        var zh = $"{s.RegionZh}：{s.SpanZh}{s.IndicatorZh}{figureZh}{s.RankZh}，";
        if (s.Resolved)
        {
            return (en + "no longer lagging" + s.AfterEn, zh + "落后状态解除" + s.AfterZh);
        }

        var serious = t.State == TargetBands.SeriouslyLagging;
        var stateEn = serious ? "seriously lagging" : "lagging";
        var stateZh = serious ? "严重落后" : "落后";
        return t.Streak >= 2
            ? (en + stateEn + " " + s.RunningEn, zh + s.RunningZh + stateZh)
            : (en + stateEn, zh + "进度" + stateZh);
    }
}
