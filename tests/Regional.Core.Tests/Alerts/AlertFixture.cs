using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Core.Tests.Engine;
using Regional.Engine;
using Regional.Periods;

namespace Regional.Core.Tests.Alerts;

/// <summary>Builders for deciding alerts straight from findings, without running the rules.</summary>
internal static class AlertFixture
{
    public static AlertDecision Decide(
        string period,
        IEnumerable<Finding> findings,
        ImmutableArray<AlertState> previous = default,
        DateTimeOffset? at = null,
        IEnumerable<(AlertKey Key, RuleReading Reading)>? readings = null) =>
        AlertDecider.Decide(new AlertInput(
            EngineFixture.Catalog(),
            Period.Parse(period),
            at ?? EngineFixture.FirstRun,
            [.. findings],
            (readings ?? []).ToImmutableDictionary(r => r.Key, r => r.Reading),
            previous.IsDefault ? [] : previous));

    public static Finding Lagging(string region, Severity severity = Severity.Warning, string? inhibitedBy = null) =>
        new(region, RuleIds.GrowthTarget, "gdp_growth", FindingKind.Growth, severity, "lagging", 5.0, 6.0, -1.0, "gap -1.0 pp", inhibitedBy);

    public static Finding Quality(string region, string state, Severity severity, string? detailZh = "下级地区合计超出总量3%") =>
        new(region, RuleIds.QualityHierarchy, "gdp", FindingKind.Quality, severity, state, 103, 100, 3, "children exceed the total by 3%", DetailZh: detailZh);

    public static (AlertKey, RuleReading) Reading(Finding finding, int streak = 1) =>
        (finding.Key, new RuleReading(finding.Value, finding.Threshold, finding.Gap, streak));
}
