using Regional.Catalogs;

namespace Regional.Engine.Targets;

/// <summary>
/// Classifies a growth gap into the catalog's target bands, with hysteresis, and grades the resulting finding.
/// </summary>
public static class TargetBands
{
    public const string Behind = "behind";
    public const string Lagging = "lagging";
    public const string SeriouslyLagging = "seriously-lagging";

    /// <summary>
    /// The band for <paramref name="gap"/> given the band the region held just before. A region that was lagging
    /// stays lagging until the gap rises above <c>LaggingAtGap + ClearMargin</c>; the same margin holds a seriously
    /// lagging region above <c>SeriousAtGap</c>, so a figure wobbling around either line does not flap.
    /// </summary>
    public static TargetBand Classify(double gap, TargetRules rules, TargetBand before)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var raw = gap <= rules.SeriousAtGap ? TargetBand.SeriouslyLagging
            : gap <= rules.LaggingAtGap ? TargetBand.Lagging
            : gap < 0 ? TargetBand.Behind
            : TargetBand.OnTrack;

        if (before == TargetBand.SeriouslyLagging && gap <= rules.SeriousAtGap + rules.ClearMargin)
        {
            return TargetBand.SeriouslyLagging;
        }

        if (before >= TargetBand.Lagging && raw < TargetBand.Lagging && gap <= rules.LaggingAtGap + rules.ClearMargin)
        {
            return TargetBand.Lagging;
        }

        return raw;
    }

    public static bool IsLagging(TargetBand band) => band >= TargetBand.Lagging;

    /// <summary>Behind is information; lagging warns; persistence for the escalation count raises one level.</summary>
    public static Severity SeverityOf(TargetBand band, int laggingStreak, TargetRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var persistent = laggingStreak >= rules.EscalateAfterPeriods;
        return band switch
        {
            TargetBand.Behind => Severity.Info,
            TargetBand.Lagging => persistent ? Severity.Major : Severity.Warning,
            TargetBand.SeriouslyLagging => persistent ? Severity.Critical : Severity.Major,
            _ => Severity.None,
        };
    }

    public static string StateName(TargetBand band) => band switch
    {
        TargetBand.Behind => Behind,
        TargetBand.Lagging => Lagging,
        TargetBand.SeriouslyLagging => SeriouslyLagging,
        _ => "on-track",
    };

    /// <summary>The band an alert state names, or on track for any other state.</summary>
    public static TargetBand FromStateName(string state) => state switch
    {
        Lagging => TargetBand.Lagging,
        SeriouslyLagging => TargetBand.SeriouslyLagging,
        Behind => TargetBand.Behind,
        _ => TargetBand.OnTrack,
    };
}
