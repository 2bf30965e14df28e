using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Core.Tests.Engine.RedLines;

internal static class RedLineFixture
{
    /// <summary>A firing state for a red line as a previous evaluation would have left it.</summary>
    public static AlertState Firing(string region, string ruleId, string indicatorId, string state, Severity severity, string period = "2025-Q2") => new(
        new AlertKey(region, ruleId, indicatorId),
        AlertCondition.Firing,
        severity,
        state,
        Period.Parse(period),
        EngineFixture.FirstRun,
        Period.Parse(period),
        1,
        null,
        false);

    public static RedLineRule NoDecrease(double tolerance = 10, double clearMargin = 5) => new(
        "arable-no-decrease",
        "Arable land must not decrease",
        "耕地不减少",
        RedLineKind.NoDecrease,
        "arable_land",
        Severity.Major,
        [],
        ImmutableDictionary<string, double>.Empty,
        clearMargin,
        tolerance);
}
