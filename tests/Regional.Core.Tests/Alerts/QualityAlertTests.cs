using Regional.Alerts;
using Regional.Catalogs;
using static Regional.Core.Tests.Alerts.AlertFixture;

namespace Regional.Core.Tests.Alerts;

public class QualityAlertTests
{
    [Fact]
    public void QualityFindingOfWarningSeverityFires()
    {
        var decision = Decide("2025-Q3", [Quality("A1", "warn", Severity.Warning)]);

        var transition = Assert.Single(decision.Transitions);
        Assert.Equal((TransitionKind.New, true), (transition.Kind, transition.Notify));
    }

    [Fact]
    public void InformationIsNotAFiringCondition()
    {
        var decision = Decide("2025-Q3", [Quality("A1", "warn", Severity.Info)]);

        Assert.Empty(decision.Transitions);
        Assert.Empty(decision.Alerts);
    }

    [Fact]
    public void QualityAlertResolvesWhenTheCheckNoLongerReportsIt()
    {
        var first = Decide("2025-Q2", [Quality("A1", "fail", Severity.Major)]);

        var second = Decide("2025-Q3", [], first.Alerts);

        var resolved = Assert.Single(second.Transitions);
        Assert.Equal((TransitionKind.Resolved, 1), (resolved.Kind, resolved.DurationPeriods));
    }

    [Fact]
    public void WorstFindingOfAKeyCounts()
    {
        var decision = Decide("2025-Q3", [Quality("A1", "warn", Severity.Warning), Quality("A1", "fail", Severity.Major)]);

        Assert.Equal(("fail", Severity.Major), (Assert.Single(decision.Alerts).State, decision.Alerts[0].Severity));
    }

    [Fact]
    public void QualityMessageCarriesTheChecksDetailInBothLanguages()
    {
        var transition = Assert.Single(Decide("2025-Q3", [Quality("A1", "fail", Severity.Major)]).Transitions);

        Assert.StartsWith("Alpha One: data quality check quality-hierarchy on GDP Q3 2025 fail", transition.MessageEn, StringComparison.Ordinal);
        Assert.Contains("children exceed the total by 3%", transition.MessageEn, StringComparison.Ordinal);
        Assert.StartsWith("甲一：2025年第3季度数据质量检查quality-hierarchy（地区生产总值）未通过", transition.MessageZh, StringComparison.Ordinal);
    }
}
