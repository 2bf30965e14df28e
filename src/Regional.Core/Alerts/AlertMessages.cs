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
    public static AlertTransition Write(Catalog catalog, AlertTransition transition, string? detail) =>
        Write(catalog, transition, detail, null);

    /// <summary>
    /// As <see cref="Write(Catalog, AlertTransition, string?)"/>, with the finding's detail in both languages: the English
    /// one goes into the English message only, the Chinese one into the Chinese message only.
    /// </summary>
    public static AlertTransition Write(Catalog catalog, AlertTransition transition, string? detail, string? detailZh)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(transition);
        var subject = new MessageSubject(catalog, transition);
        var redLine = catalog.Rules.RedLines.FirstOrDefault(r => r.Id == transition.Key.RuleId);
        var (en, zh) = transition.Key.RuleId == RuleIds.GrowthTarget ? GrowthMessages.Write(subject)
            : redLine is not null ? RedLineMessages.Write(subject, redLine)
            : QualityMessages.Write(subject, detail, detailZh);
        if (transition.InhibitedReason is { } reason)
        {
            var (checksEn, checksZh) = QualityMessages.Reason(reason);
            en += $" (muted: data quality fails the {checksEn})";
            zh += $"（未通过{checksZh}，暂不通报）";
        }

        return transition with { MessageEn = en, MessageZh = zh };
    }
}
