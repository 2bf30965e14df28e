using Regional.Catalogs;
using Regional.Engine;
using Regional.Observations;
using Regional.Periods;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Quality;

public class TargetHuggingTests
{
    // The test catalog's GDP growth target is 6.0 for the province in 2024 and 2025, and 7.0 for A1 in 2025.
    private static IEnumerable<Observation> Quarters(string region, Period last, params double[] oldestFirst) =>
        oldestFirst.Select((value, i) => Of(region, "gdp_growth", value, last.Shift(i - oldestFirst.Length + 1)));

    [Fact]
    public void ThreeQuartersJustAboveTargetWarn()
    {
        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityTargetHugging, Quarters("B1", Q3, 6.1, 6.0, 6.2)));

        Assert.Equal(("B1", "gdp_growth", "warn", Severity.Warning), (finding.RegionCode, finding.IndicatorId, finding.State, finding.Severity));
        Assert.Equal(6.2, finding.Value);
        Assert.Equal(6.0, finding.Threshold);
        Assert.Contains("3 periods", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoQuartersAreNotYetASign()
    {
        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityTargetHugging, Quarters("B1", Q3, 6.1, 6.1)));
    }

    [Fact]
    public void FiveQuartersAcrossTheTurnOfTheYearFail()
    {
        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityTargetHugging, Quarters("B2", Q3, 6.1, 6.1, 6.0, 6.1, 6.2)));

        Assert.Equal(("fail", Severity.Major), (finding.State, finding.Severity));
    }

    [Fact]
    public void AValueBelowTheTargetBreaksTheRun()
    {
        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityTargetHugging, Quarters("B1", Q3, 6.1, 6.1, 5.9, 6.1, 6.1)));
    }

    [Fact]
    public void AValueMoreThanTheMarginAboveBreaksTheRun()
    {
        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityTargetHugging, Quarters("B1", Q3, 6.1, 6.1, 6.21, 6.1, 6.1)));
    }

    [Fact]
    public void AMissingQuarterBreaksTheRun()
    {
        var observations = Quarters("B1", Q3, 6.1, 6.1, 6.1, 6.1, 6.1).Where(o => o.Period != Q1);

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityTargetHugging, observations));
    }

    [Fact]
    public void TheRunEndsWhereNoTargetExists()
    {
        // Nine hugging quarters from 2023 Q3, but no target for 2023: only the seven of 2024 and 2025 count.
        var observations = Quarters("A3", Q3, 6.1, 6.1, 6.1, 6.1, 6.1, 6.1, 6.1, 6.1, 6.1);
        var catalog = WithQuality(q => q with { TargetHugging = q.TargetHugging with { FailPeriods = 8 } });

        var finding = Assert.Single(Findings(catalog, Q3, RuleIds.QualityTargetHugging, observations));

        Assert.Equal("warn", finding.State);
        Assert.Contains("7 periods", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRegionsOwnTargetApplies()
    {
        var atProvinceTarget = Findings(TestCatalog.Create(), Q3, RuleIds.QualityTargetHugging, Quarters("A1", Q3, 6.1, 6.1, 6.1));
        var atOwnTarget = Findings(TestCatalog.Create(), Q3, RuleIds.QualityTargetHugging, Quarters("A1", Q3, 7.1, 7.1, 7.1));

        Assert.Empty(atProvinceTarget);
        Assert.Equal(7.0, Assert.Single(atOwnTarget).Threshold);
    }

    [Fact]
    public void FirstPeriodWithoutHistoryIsNoRun()
    {
        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityTargetHugging, [Of("B3", "gdp_growth", 6.1)]));
    }

    [Fact]
    public void TheProvinceCanHugItsTargetToo()
    {
        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityTargetHugging, Quarters(TestCatalog.Province, Q3, 6.0, 6.0, 6.0)));

        Assert.Equal(TestCatalog.Province, finding.RegionCode);
    }
}
