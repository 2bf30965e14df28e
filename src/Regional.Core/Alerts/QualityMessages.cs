namespace Regional.Alerts;

/// <summary>Messages for data-quality alerts; the check's own detail says what is wrong.</summary>
internal static class QualityMessages
{
    public static (string En, string Zh) Write(MessageSubject s, string? detail)
    {
        var t = s.Transition;
        var aboutEn = t.Key.IndicatorId.Length > 0 ? $" on {s.IndicatorEn}" : string.Empty;
        var aboutZh = t.Key.IndicatorId.Length > 0 ? $"（{s.IndicatorZh}）" : string.Empty;
        var en = $"{s.RegionEn}: data quality check {t.Key.RuleId}{aboutEn} {s.SpanEn}";
        var zh = $"{s.RegionZh}：{s.SpanZh}数据质量检查{t.Key.RuleId}{aboutZh}";
        if (s.Resolved)
        {
            return (en + " passes again" + s.AfterEn, zh + "已恢复正常" + s.AfterZh);
        }

        var levelZh = t.State == "fail" ? "未通过" : "预警";
        var why = string.IsNullOrWhiteSpace(detail) ? string.Empty : ": " + detail;
        var whyZh = string.IsNullOrWhiteSpace(detail) ? string.Empty : "：" + detail;
        return ($"{en} {t.State}{why}", $"{zh}{levelZh}{whyZh}");
    }
}
