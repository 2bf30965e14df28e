using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Alerts.AlertFixture;
using static Regional.Core.Tests.Engine.Figures;

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

        Assert.Equal("Alpha One: hierarchy balance check on GDP Q3 2025 fail: children exceed the total by 3%", transition.MessageEn);
        Assert.Equal("甲一：2025年第3季度地区生产总值上下级数据衔接检查未通过：下级地区合计超出总量3%", transition.MessageZh);
    }

    [Fact]
    public void ChineseMessageWithoutAChineseDetailLeavesTheEnglishOneOut()
    {
        var transition = Assert.Single(Decide("2025-Q3", [Quality("A1", "warn", Severity.Warning, detailZh: null)]).Transitions);

        Assert.Equal("甲一：2025年第3季度地区生产总值上下级数据衔接检查预警", transition.MessageZh);
        Assert.Contains("children exceed the total by 3%", transition.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvedQualityAlertNamesTheCheckInBothLanguages()
    {
        var first = Decide("2025-Q2", [Quality("A1", "fail", Severity.Major)]);

        var resolved = Assert.Single(Decide("2025-Q3", [], first.Alerts).Transitions);

        Assert.Equal("Alpha One: hierarchy balance check on GDP Q3 2025 passes again after 1 quarter", resolved.MessageEn);
        Assert.Equal("甲一：2025年第3季度地区生产总值上下级数据衔接检查已恢复正常（持续1个季度）", resolved.MessageZh);
    }

    [Fact]
    public void ChineseMessageOfACheckedFigureNamesTheCheckAndGivesTheChineseDetailOnly()
    {
        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRange, [Of("A1", "gdp_growth", 45)]));

        var transition = Assert.Single(Decide("2025-Q3", [finding]).Transitions);

        Assert.Equal("甲一：2025年1—9月地区生产总值增速数值合理性检查未通过：" + finding.DetailZh, transition.MessageZh);
        Assert.DoesNotContain(RuleIds.QualityRange, transition.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(finding.Detail, transition.MessageZh, StringComparison.Ordinal);
        Assert.Equal("Alpha One: plausible range check on GDP growth (real, YTD) Jan–Sep 2025 fail: " + finding.Detail, transition.MessageEn);
    }
}
