using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Observations;
using Regional.Periods;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Alerts;

public class AlertMessagesTests
{
    private static Catalog Sichuan() => new(
        new CatalogInfo("s", "1", "Sichuan", "四川省", string.Empty),
        [new Region("510000", "Sichuan", "四川省", "province", null, null), new Region("510400", "Panzhihua", "攀枝花市", "prefecture", "510000", "Panxi")],
        [new Indicator("gdp_growth", "GDP growth", "地区生产总值增速", "%", Basis.YtdGrowth, Direction.HigherIsBetter, -30, 40)],
        [],
        TestCatalog.DefaultRules());

    private static AlertTransition Transition(
        AlertKey key,
        TransitionKind kind,
        string state,
        string period,
        double? value,
        double? threshold,
        double? gap,
        int streak,
        int? rank = null,
        int? rankOf = null,
        int? durationPeriods = null) =>
        new("id", key, kind, Severity.Major, Severity.Warning, state, Period.Parse(period), FirstRun, value, threshold, gap, rank, rankOf, streak, durationPeriods, null, null, true, string.Empty, string.Empty);

    [Fact]
    public void LaggingGrowthMessageSaysRegionSpanValueTargetGapRankAndPersistence()
    {
        var transition = Transition(new AlertKey("510400", RuleIds.GrowthTarget, "gdp_growth"), TransitionKind.Escalated, "lagging", "2025-Q3", 3.1, 6.0, 3.1 - 6.0, 2, 19, 21);

        var written = AlertMessages.Write(Sichuan(), transition, null);

        Assert.Equal("Panzhihua: GDP growth Jan–Sep 2025 3.1% vs target 6.0% (−2.9 pp), rank 19/21, lagging for the 2nd quarter running", written.MessageEn);
        Assert.Equal("攀枝花市：2025年1—9月地区生产总值增速3.1%，低于目标6.0%（−2.9个百分点），排名第19/21，连续第2个季度落后", written.MessageZh);
    }

    [Fact]
    public void FirstLaggingMonthHasNoPersistenceAndNoRankWhenUnranked()
    {
        var transition = Transition(new AlertKey("510400", RuleIds.GrowthTarget, "gdp_growth"), TransitionKind.New, "seriously-lagging", "2025-01", 2.0, 6.0, -4.0, 1);

        var written = AlertMessages.Write(Sichuan(), transition, null);

        Assert.Equal("Panzhihua: GDP growth Jan 2025 2.0% vs target 6.0% (−4.0 pp), seriously lagging", written.MessageEn);
        Assert.Equal("攀枝花市：2025年1月地区生产总值增速2.0%，低于目标6.0%（−4.0个百分点），进度严重落后", written.MessageZh);
    }

    [Fact]
    public void ResolvedGrowthMessageSaysHowLongItLagged()
    {
        var transition = Transition(new AlertKey("510400", RuleIds.GrowthTarget, "gdp_growth"), TransitionKind.Resolved, "lagging", "2025-Q4", 6.2, 6.0, 6.2 - 6.0, 3, durationPeriods: 3);

        var written = AlertMessages.Write(Sichuan(), transition, null);

        Assert.Equal("Panzhihua: GDP growth Jan–Dec 2025 6.2% vs target 6.0% (+0.2 pp), no longer lagging after 3 quarters", written.MessageEn);
        Assert.Equal("攀枝花市：2025年1—12月地区生产总值增速6.2%，高于目标6.0%（+0.2个百分点），落后状态解除（持续3个季度）", written.MessageZh);
    }

    [Fact]
    public void BandMessageNamesTheRuleBandAndEdge()
    {
        var transition = Transition(new AlertKey("A1", "debt-warning-line", "debt_ratio"), TransitionKind.New, "orange", "2025-Q3", 250, 200, 50, 1);

        var written = AlertMessages.Write(Catalog(), transition, null);

        Assert.Equal("Alpha One: Local government debt warning line: Debt ratio Q3 2025 250.0%, in the orange band from 200.0% (+50.0 pp)", written.MessageEn);
        Assert.Equal("甲一：地方政府债务警戒线，2025年第3季度债务率250.0%，处于橙档（200.0%起）（+50.0个百分点）", written.MessageZh);
    }

    [Fact]
    public void QuotaMessageUsesInvariantThousandsAndUnits()
    {
        var transition = Transition(new AlertKey("A1", "arable-land", "arable_land"), TransitionKind.Escalated, "breach", "2025", 990_000.5, 1_000_000, -9_999.5, 3);

        var written = AlertMessages.Write(Catalog(), transition, null);

        Assert.Equal("Alpha One: Arable land red line: Arable land area 2025 990,000.5 mu, below the quota of 1,000,000 mu (−9,999.5 mu), for the 3rd year running", written.MessageEn);
        Assert.Equal("甲一：耕地保护红线，2025年耕地面积990,000.5亩，低于保护目标1,000,000亩（−9,999.5亩），连续第3年", written.MessageZh);
    }

    [Fact]
    public void ChineseMessageKeepsTheCatalogsUnitWhenItHasNoChineseName()
    {
        var template = Catalog();
        var catalog = new Catalog(
            template.Info,
            template.Regions,
            [.. template.Indicators.Select(i => i.Id == "arable_land" ? i with { UnitZh = null } : i)],
            template.Targets,
            template.Rules);
        var transition = Transition(new AlertKey("A1", "arable-land", "arable_land"), TransitionKind.New, "breach", "2025", 990_000, 1_000_000, -10_000, 1);

        var written = AlertMessages.Write(catalog, transition, null);

        Assert.Equal("甲一：耕地保护红线，2025年耕地面积990,000 mu，低于保护目标1,000,000 mu（−10,000 mu）", written.MessageZh);
    }

    [Fact]
    public void CapMessageSaysTheCapAndResolutionSaysBackWithin()
    {
        var key = new AlertKey("A1", "work-safety", "safety_deaths");

        var firing = AlertMessages.Write(Catalog(), Transition(key, TransitionKind.New, "breach", "2025-S1", 52, 50, 2, 1), null);
        var resolved = AlertMessages.Write(Catalog(), Transition(key, TransitionKind.Resolved, "breach", "2025-S2", 40, 50, -10, 1, durationPeriods: 1), null);

        Assert.Contains("H1 2025 52 persons, above the cap of 50 persons (+2 persons)", firing.MessageEn, StringComparison.Ordinal);
        Assert.Contains("2025年上半年生产安全事故死亡人数52人，超过控制指标50人（+2人）", firing.MessageZh, StringComparison.Ordinal);
        Assert.EndsWith("back within the line after 1 half-year", resolved.MessageEn, StringComparison.Ordinal);
        Assert.EndsWith("已回到红线以内（持续1个半年）", resolved.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDecreaseMessageComparesWithLastYear()
    {
        var catalog = Catalog(r => r with { RedLines = [Engine.RedLines.RedLineFixture.NoDecrease()] });
        var transition = Transition(new AlertKey("A3", "arable-no-decrease", "arable_land"), TransitionKind.New, "breach", "2025-09", 980, 990, -10, 1);

        var written = AlertMessages.Write(catalog, transition, null);

        Assert.Contains("Sep 2025 980 mu, below 990 mu, last year's level less the tolerance (−10 mu)", written.MessageEn, StringComparison.Ordinal);
        Assert.Contains("2025年9月耕地面积980亩，低于上年同期水平扣除允许减少量后的990亩（−10亩）", written.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluatedAlertsCarryBothMessages()
    {
        var result = Evaluate(Catalog(), "2025-Q2", [Growth("A2", "2025-Q1", 5.0), Growth("A2", "2025-Q2", 5.0)]);

        var transition = Assert.Single(result.Transitions);
        Assert.StartsWith("Alpha Two: GDP growth (real, YTD) Jan–Jun 2025 5.0% vs target 6.0% (−1.0 pp)", transition.MessageEn, StringComparison.Ordinal);
        Assert.EndsWith("lagging for the 2nd quarter running", transition.MessageEn, StringComparison.Ordinal);
        Assert.StartsWith("甲二：2025年1—6月地区生产总值增速5.0%，低于目标6.0%（−1.0个百分点）", transition.MessageZh, StringComparison.Ordinal);
        Assert.EndsWith("连续第2个季度落后", transition.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(101, "101st")]
    public void OrdinalsFollowEnglishUsage(int n, string expected) =>
        Assert.Equal(expected, MessageText.OrdinalEn(n));

    [Theory]
    [InlineData(-0.04, "0.0")]
    [InlineData(0.04, "0.0")]
    [InlineData(-0.05, "−0.1")]
    [InlineData(1.25, "+1.3")]
    public void GapsAreSignedOnlyWhenTheyDoNotRoundToZero(double gap, string expected) =>
        Assert.Equal(expected, MessageText.Gap(gap, "%"));

    [Fact]
    public void PeriodGrowthCoversOnlyItsOwnMonths()
    {
        Assert.Equal("Jul–Sep 2025", MessageText.SpanEn(Period.Parse("2025-Q3"), Basis.PeriodGrowth));
        Assert.Equal("2025年7—9月", MessageText.SpanZh(Period.Parse("2025-Q3"), Basis.PeriodGrowth));
        Assert.Equal("2025年下半年", MessageText.SpanZh(Period.Parse("2025-S2"), Basis.Level));
        Assert.Equal("2025", MessageText.SpanEn(Period.Parse("2025"), Basis.YtdGrowth));
    }

    [Fact]
    public void UnknownRegionAndIndicatorFallBackToTheirCodes()
    {
        var transition = Transition(new AlertKey("X9", RuleIds.QualityRange, "mystery"), TransitionKind.New, "warn", "2025-Q3", 1, null, null, 1);

        var written = AlertMessages.Write(Catalog(), transition, null);

        Assert.Equal("X9: plausible range check on mystery Q3 2025 warn", written.MessageEn);
        Assert.Equal("X9：2025年第3季度数值合理性检查（mystery）预警", written.MessageZh);
    }
}
