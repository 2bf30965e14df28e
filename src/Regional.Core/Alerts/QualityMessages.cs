using Regional.Engine.Quality;

namespace Regional.Alerts;

/// <summary>
/// Messages for data-quality alerts: the check by name and the check's own detail in the message's language.
/// A Chinese message without a Chinese detail stops after the check's verdict rather than quote the English.
/// </summary>
internal static class QualityMessages
{
    public static (string En, string Zh) Write(MessageSubject s, string? detail, string? detailZh)
    {
        var t = s.Transition;
        var check = QualityCheckNames.For(t.Key.RuleId);
        var hasIndicator = t.Key.IndicatorId.Length > 0;
        var aboutEn = hasIndicator ? $" on {s.IndicatorEn}" : string.Empty;
        var en = $"{s.RegionEn}: {check.En}{aboutEn} {s.SpanEn}";
        var zh = hasIndicator && s.Indicator is null
            ? $"{s.RegionZh}：{s.SpanZh}{check.Zh}（{s.IndicatorZh}）"
            : $"{s.RegionZh}：{s.SpanZh}{(hasIndicator ? s.IndicatorZh : string.Empty)}{check.Zh}";
        if (s.Resolved)
        {
            return (en + " passes again" + s.AfterEn, zh + "已恢复正常" + s.AfterZh);
        }

        var levelZh = t.State == "fail" ? "未通过" : "预警";
        var why = string.IsNullOrWhiteSpace(detail) ? string.Empty : ": " + detail;
        var whyZh = string.IsNullOrWhiteSpace(detailZh) ? string.Empty : "：" + detailZh;
        return ($"{en} {t.State}{why}", $"{zh}{levelZh}{whyZh}");
    }

    /// <summary>The checks a muting reason lists ("quality-hierarchy, quality-range"), by name.</summary>
    public static (string En, string Zh) Reason(string reason)
    {
        var names = reason.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(QualityCheckNames.For)
            .ToList();
        return (string.Join(", ", names.Select(n => n.En)), string.Join("、", names.Select(n => n.Zh)));
    }
}
