using Regional.Catalogs;
using Regional.Engine;

namespace Regional.Alerts;

/// <summary>
/// Writes a transition's messages in English and Chinese: region, indicator, period span, value, target or threshold,
/// gap, rank and persistence, e.g. "Panzhihua: GDP growth Jan–Sep 2025 3.1% vs target 6.0% (−2.9 pp), rank 19/21,
/// lagging for the 2nd quarter running".
/// </summary>
public static class AlertMessages
{
    public static AlertTransition Write(Catalog catalog, AlertTransition transition, string? detail)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(transition);
        var subject = new MessageSubject(catalog, transition);
        var redLine = catalog.Rules.RedLines.FirstOrDefault(r => r.Id == transition.Key.RuleId);
        var (en, zh) = transition.Key.RuleId == RuleIds.GrowthTarget ? GrowthMessages.Write(subject)
            : redLine is not null ? RedLineMessages.Write(subject, redLine)
            : QualityMessages.Write(subject, detail);
        if (transition.InhibitedReason is { } reason)
        {
            en += $" (muted: data quality fails {reason})";
            zh += $"（数据质量检查未通过，暂不通报：{reason}）";
        }

        return transition with { MessageEn = en, MessageZh = zh };
    }
}
