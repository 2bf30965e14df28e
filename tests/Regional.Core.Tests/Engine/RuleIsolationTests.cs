using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Engine;

/// <summary>A rule that throws for one region is a finding; the rest of the period is evaluated and its alert is left as it was.</summary>
public class RuleIsolationTests
{
    private const string DebtRule = "debt-warning-line";

    /// <summary>The debt warning line with its bands missing: evaluating it throws for every region with a debt ratio.</summary>
    internal static Catalog WithThrowingDebtRule(Catalog catalog) => catalog with
    {
        Rules = catalog.Rules with
        {
            RedLines = [.. catalog.Rules.RedLines.Select(r => r.Id == DebtRule ? r with { Bands = default } : r)],
        },
    };

    private static IEnumerable<Regional.Observations.Observation> Figures(string period) =>
    [
        .. TestCatalog.RegionCodes.Select(r => Growth(r, period, r == "B2" ? 3.0 : 6.5)),
        Level("A1", "gov_debt", period, 350),
        Level("A1", "fiscal_capacity", period, 100),
    ];

    [Fact]
    public void ARuleThatThrowsIsAFindingAndEverythingElseIsStillEvaluated()
    {
        var catalog = Catalog();
        var q2 = Evaluate(catalog, "2025-Q2", Figures("2025-Q2"));
        var firingDebt = Assert.Single(q2.Alerts, a => a.Key.RuleId == DebtRule && a.Condition == AlertCondition.Firing);

        var q3 = Evaluate(WithThrowingDebtRule(catalog), "2025-Q3", Figures("2025-Q2").Concat(Figures("2025-Q3")), q2.Alerts, FirstRun.AddDays(91));

        // The broken rule fails wherever it is applied (also where it only says a figure is missing), once per region.
        Assert.All(q3.Findings.Where(f => f.Kind == FindingKind.Failure), f => Assert.Equal(DebtRule, f.RuleId));
        var failure = Assert.Single(q3.Findings, f => f.Kind == FindingKind.Failure && f.RegionCode == "A1");
        Assert.Equal(("A1", DebtRule, "debt_ratio", RuleGuard.ErrorState), (failure.RegionCode, failure.RuleId, failure.IndicatorId, failure.State));
        Assert.Contains("NullReferenceException", failure.Detail, StringComparison.Ordinal);
        Assert.Equal(Severity.Info, failure.Severity);
        Assert.Equal(catalog.Regions.Length, q3.Scorecards.Length);
        Assert.Contains(q3.Findings, f => f.RegionCode == "B2" && f.RuleId == RuleIds.GrowthTarget);
        Assert.Equal(firingDebt, Assert.Single(q3.Alerts, a => a.Key == firingDebt.Key));
        Assert.DoesNotContain(q3.Transitions, t => t.Key == firingDebt.Key);
    }

    [Fact]
    public void AQualityCheckThatThrowsLeavesItsAlertsFiringInsteadOfResolvingThem()
    {
        var catalog = Catalog(rules => rules with { Quality = rules.Quality with { Range = rules.Quality.Range with { Enabled = true } } });
        var figures = Figures("2025-Q2").Append(Growth("A3", "2025-Q2", 95));
        var q2 = Evaluate(catalog, "2025-Q2", figures);
        var range = Assert.Single(q2.Alerts, a => a.Key.RuleId == RuleIds.QualityRange && a.Condition == AlertCondition.Firing);

        // An indicator without a unit makes the range check's Chinese sentence throw; every other rule runs on.
        var broken = catalog with { Indicators = [.. catalog.Indicators.Select(i => i.Id == "gdp_growth" ? i with { Unit = null! } : i)] };
        var q3 = Evaluate(broken, "2025-Q3", figures.Concat(Figures("2025-Q3")).Append(Growth("A3", "2025-Q3", 95)), q2.Alerts, FirstRun.AddDays(91));

        Assert.Single(q3.Findings, f => f.Kind == FindingKind.Failure && f.RuleId == RuleIds.QualityRange);
        Assert.DoesNotContain(q3.Findings, f => f.Kind == FindingKind.Failure && f.RuleId != RuleIds.QualityRange);
        Assert.Equal(range, Assert.Single(q3.Alerts, a => a.Key == range.Key));
        Assert.Contains(q3.Findings, f => f.RegionCode == "B2" && f.RuleId == RuleIds.GrowthTarget);
    }
}
