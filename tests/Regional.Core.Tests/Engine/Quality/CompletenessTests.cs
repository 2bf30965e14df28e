using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.Quality;
using Regional.Observations;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Quality;

public class CompletenessTests
{
    private static readonly Catalog ThreeRequired =
        WithQuality(q => q with { Completeness = new CompletenessCheck(["gdp_growth", "gdp", "electricity_growth"], WarnMissing: 1, FailMissing: 3) });

    private static IEnumerable<Observation> Complete(string region) =>
        [Of(region, "gdp_growth", 6), Of(region, "gdp", 1000), Of(region, "electricity_growth", 5)];

    private static IEnumerable<Observation> AllComplete(params string[] except) =>
        TestCatalog.RegionCodes.Except(except).SelectMany(Complete);

    [Fact]
    public void CompleteRegionsGiveNoFinding()
    {
        Assert.Empty(Findings(ThreeRequired, Q3, RuleIds.QualityCompleteness, AllComplete()));
    }

    [Fact]
    public void RegionMissingOneRequiredIndicatorWarnsAndNamesIt()
    {
        var observations = AllComplete("B2").Concat([Of("B2", "gdp_growth", 6), Of("B2", "gdp", 900)]);

        var finding = Assert.Single(Findings(ThreeRequired, Q3, RuleIds.QualityCompleteness, observations));

        Assert.Equal(("B2", string.Empty, "warn", Severity.Warning), (finding.RegionCode, finding.IndicatorId, finding.State, finding.Severity));
        Assert.Equal(1, finding.Value);
        Assert.Contains("electricity_growth", finding.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("gdp_growth", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingBelowTheFailLevelStaysAWarning()
    {
        var observations = AllComplete("A3").Append(Of("A3", "gdp", 900));

        var finding = Assert.Single(Findings(ThreeRequired, Q3, RuleIds.QualityCompleteness, observations));

        Assert.Equal("warn", finding.State);
        Assert.Equal(2, finding.Value);
    }

    [Fact]
    public void RegionThatReportedNothingFailsWithEveryRequiredIndicatorListed()
    {
        var finding = Assert.Single(Findings(ThreeRequired, Q3, RuleIds.QualityCompleteness, AllComplete("A1")));

        Assert.Equal(("A1", "fail", Severity.Major), (finding.RegionCode, finding.State, finding.Severity));
        Assert.Equal(3, finding.Value);
        Assert.Equal(3, finding.Threshold);
        Assert.Contains("gdp_growth, gdp, electricity_growth", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodWithoutAnyObservationIsNotChecked()
    {
        Assert.Empty(Findings(ThreeRequired, Q4, RuleIds.QualityCompleteness, AllComplete()));
    }

    [Fact]
    public void PeriodWithoutAnyObservationFlagsEveryComparedRegionOnceTheDeadlineHasPassed()
    {
        var findings = QualityChecks.Run(ThreeRequired, Q4, Set(ThreeRequired, AllComplete()), deadlinePassed: true)
            .Where(f => f.RuleId == RuleIds.QualityCompleteness)
            .ToList();

        Assert.Equal(TestCatalog.RegionCodes.Order(StringComparer.Ordinal), findings.Select(f => f.RegionCode).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(("fail", 3.0), (f.State, f.Value)));
    }

    [Fact]
    public void PassedDeadlineChangesNothingForAPeriodWithReports()
    {
        var observations = AllComplete("A1").ToList();

        var before = Findings(ThreeRequired, Q3, RuleIds.QualityCompleteness, observations);
        var after = QualityChecks.Run(ThreeRequired, Q3, Set(ThreeRequired, observations), deadlinePassed: true)
            .Where(f => f.RuleId == RuleIds.QualityCompleteness)
            .ToList();

        Assert.Equal(before, after);
        Assert.Equal("A1", Assert.Single(after).RegionCode);
    }

    [Fact]
    public void ReportsOfAnotherPeriodDoNotCount()
    {
        var observations = AllComplete("B3").Concat(Complete("B3").Select(o => Of(o.RegionCode, o.IndicatorId, o.Value, Q2)));

        var finding = Assert.Single(Findings(ThreeRequired, Q3, RuleIds.QualityCompleteness, observations));

        Assert.Equal("B3", finding.RegionCode);
    }

    [Fact]
    public void TheProvinceIsNotAskedForCompleteness()
    {
        Assert.Empty(Findings(ThreeRequired, Q3, RuleIds.QualityCompleteness, AllComplete().Append(Of(TestCatalog.Province, "gdp", 6000))));
    }

    [Fact]
    public void RequiredDerivedIndicatorIsPresentWhenItCanBeComputed()
    {
        var catalog = WithQuality(q => q with { Completeness = new CompletenessCheck(ImmutableArray.Create("debt_ratio")) });
        var observations = TestCatalog.RegionCodes.SelectMany(r => new[] { Of(r, "gov_debt", 100), Of(r, "fiscal_capacity", 80) })
            .Where(o => !(o.RegionCode == "B1" && o.IndicatorId == "fiscal_capacity"));

        var finding = Assert.Single(Findings(catalog, Q3, RuleIds.QualityCompleteness, observations));

        Assert.Equal("B1", finding.RegionCode);
    }
}
