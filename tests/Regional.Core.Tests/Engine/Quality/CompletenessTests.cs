using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.Quality;
using Regional.Observations;
using Regional.Periods;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Quality;

/// <summary>
/// Completeness at every level (the province reports its own figures like any city): before the reporting deadline a
/// missing required indicator is pending, after it the count of missing indicators is graded warn or fail; the
/// missing ids are listed as data.
/// </summary>
public class CompletenessTests
{
    private static readonly Catalog ThreeRequired =
        WithQuality(q => q with { Completeness = new CompletenessCheck(["gdp_growth", "gdp", "electricity_growth"], WarnMissing: 1, FailMissing: 3) });

    private static readonly string[] EveryRegion = [TestCatalog.Province, .. TestCatalog.RegionCodes];

    private static IEnumerable<Observation> Complete(string region) =>
        [Of(region, "gdp_growth", 6), Of(region, "gdp", 1000), Of(region, "electricity_growth", 5)];

    private static IEnumerable<Observation> AllComplete(params string[] except) =>
        EveryRegion.Except(except).SelectMany(Complete);

    private static List<Finding> AfterDeadline(Catalog catalog, Period period, IEnumerable<Observation> observations) =>
        [.. QualityChecks.Run(catalog, period, Set(catalog, observations), deadlinePassed: true).Where(f => f.RuleId == RuleIds.QualityCompleteness)];

    [Fact]
    public void CompleteRegionsGiveNoFindingBeforeOrAfterTheDeadline()
    {
        Assert.Empty(Findings(ThreeRequired, Q3, RuleIds.QualityCompleteness, AllComplete()));
        Assert.Empty(AfterDeadline(ThreeRequired, Q3, AllComplete()));
    }

    [Fact]
    public void BeforeTheDeadlineAMissingIndicatorIsPendingInformationListedById()
    {
        var observations = AllComplete("B2").Concat([Of("B2", "gdp_growth", 6), Of("B2", "gdp", 900)]);

        var finding = Assert.Single(Findings(ThreeRequired, Q3, RuleIds.QualityCompleteness, observations));

        Assert.Equal(("B2", FindingStates.Pending, Severity.Info), (finding.RegionCode, finding.State, finding.Severity));
        Assert.Equal(["electricity_growth"], finding.MissingIndicatorIds!.Value.AsEnumerable());
        Assert.Contains("deadline has not passed", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterTheDeadlineOneMissingIndicatorWarnsAndNamesIt()
    {
        var observations = AllComplete("B2").Concat([Of("B2", "gdp_growth", 6), Of("B2", "gdp", 900)]);

        var finding = Assert.Single(AfterDeadline(ThreeRequired, Q3, observations));

        Assert.Equal(("B2", string.Empty, "warn", Severity.Warning), (finding.RegionCode, finding.IndicatorId, finding.State, finding.Severity));
        Assert.Equal(1, finding.Value);
        Assert.Equal(["electricity_growth"], finding.MissingIndicatorIds!.Value.AsEnumerable());
        Assert.Contains("electricity_growth", finding.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("gdp_growth", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingBelowTheFailLevelStaysAWarning()
    {
        var finding = Assert.Single(AfterDeadline(ThreeRequired, Q3, AllComplete("A3").Append(Of("A3", "gdp", 900))));

        Assert.Equal("warn", finding.State);
        Assert.Equal(2, finding.Value);
        Assert.Equal(["gdp_growth", "electricity_growth"], finding.MissingIndicatorIds!.Value.AsEnumerable());
    }

    [Fact]
    public void RegionThatReportedNothingFailsAfterTheDeadlineWithEveryRequiredIndicatorListed()
    {
        var finding = Assert.Single(AfterDeadline(ThreeRequired, Q3, AllComplete("A1")));

        Assert.Equal(("A1", "fail", Severity.Major), (finding.RegionCode, finding.State, finding.Severity));
        Assert.Equal(3, finding.Value);
        Assert.Equal(3, finding.Threshold);
        Assert.Contains("gdp_growth, gdp, electricity_growth", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodWithoutAnyObservationIsPendingForEveryRegionBeforeTheDeadline()
    {
        var findings = Findings(ThreeRequired, Q4, RuleIds.QualityCompleteness, AllComplete());

        Assert.Equal(EveryRegion.Order(StringComparer.Ordinal), findings.Select(f => f.RegionCode).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal((FindingStates.Pending, 3.0), (f.State, f.Value)));
    }

    [Fact]
    public void PeriodWithoutAnyObservationFailsEveryRegionOnceTheDeadlineHasPassed()
    {
        var findings = AfterDeadline(ThreeRequired, Q4, AllComplete());

        Assert.Equal(EveryRegion.Order(StringComparer.Ordinal), findings.Select(f => f.RegionCode).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(("fail", 3.0), (f.State, f.Value)));
    }

    [Fact]
    public void ThePassedDeadlineTurnsPendingIntoAGradedLevelForTheSameRegions()
    {
        var observations = AllComplete("A1").ToList();

        var before = Assert.Single(Findings(ThreeRequired, Q3, RuleIds.QualityCompleteness, observations));
        var after = Assert.Single(AfterDeadline(ThreeRequired, Q3, observations));

        Assert.Equal(("A1", FindingStates.Pending), (before.RegionCode, before.State));
        Assert.Equal(("A1", "fail"), (after.RegionCode, after.State));
        Assert.Equal(before.MissingIndicatorIds!.Value.AsEnumerable(), after.MissingIndicatorIds!.Value.AsEnumerable());
    }

    [Fact]
    public void ReportsOfAnotherPeriodDoNotCount()
    {
        var observations = AllComplete("B3").Concat(Complete("B3").Select(o => Of(o.RegionCode, o.IndicatorId, o.Value, Q2)));

        var finding = Assert.Single(AfterDeadline(ThreeRequired, Q3, observations));

        Assert.Equal("B3", finding.RegionCode);
    }

    [Fact]
    public void TheProvinceIsAskedForItsOwnFiguresLikeAnyRegion()
    {
        var finding = Assert.Single(AfterDeadline(ThreeRequired, Q3, AllComplete(TestCatalog.Province).Append(Of(TestCatalog.Province, "gdp", 6000))));

        Assert.Equal((TestCatalog.Province, "warn"), (finding.RegionCode, finding.State));
        Assert.Equal(["gdp_growth", "electricity_growth"], finding.MissingIndicatorIds!.Value.AsEnumerable());
    }

    [Fact]
    public void RequiredDerivedIndicatorIsPresentWhenItCanBeComputed()
    {
        var catalog = WithQuality(q => q with { Completeness = new CompletenessCheck(ImmutableArray.Create("debt_ratio")) });
        var observations = EveryRegion.SelectMany(r => new[] { Of(r, "gov_debt", 100), Of(r, "fiscal_capacity", 80) })
            .Where(o => !(o.RegionCode == "B1" && o.IndicatorId == "fiscal_capacity"));

        var finding = Assert.Single(AfterDeadline(catalog, Q3, observations));

        Assert.Equal("B1", finding.RegionCode);
    }
}
