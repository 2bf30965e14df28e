using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.Quality;
using Regional.Observations;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Quality;

/// <summary>
/// Every quality check says what it found in Chinese too: Chinese names of regions, indicators, periods and units,
/// the same figures as the English detail, and no Latin letters at all.
/// </summary>
public class ChineseDetailTests
{
    private static string ChineseDetailOf(Finding finding)
    {
        Assert.NotNull(finding.DetailZh);
        Assert.DoesNotContain(finding.DetailZh, char.IsAsciiLetter);
        return finding.DetailZh;
    }

    [Fact]
    public void ValueOutsideThePlausibleRangeIsDescribedInChinese()
    {
        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRange, [Of("A1", "gdp_growth", 45)]));

        Assert.Equal("甲一2025年1—9月地区生产总值增速为45%，超出合理取值范围-30至40%（超出5）。", ChineseDetailOf(finding));
    }

    [Fact]
    public void LevelOutsideThePlausibleRangeCarriesTheChineseUnit()
    {
        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRange, [Of("A2", "gdp", -5)]));

        Assert.Equal("甲二2025年第3季度地区生产总值为-5亿元，超出合理取值范围0至200000亿元（超出5）。", ChineseDetailOf(finding));
    }

    [Fact]
    public void MissingIndicatorsAreListedByTheirChineseNames()
    {
        var catalog = WithQuality(q => q with { Completeness = new CompletenessCheck(["gdp_growth", "gdp", "electricity_growth"], WarnMissing: 1, FailMissing: 3) });
        var observations = TestCatalog.RegionCodes.Append(TestCatalog.Province)
            .SelectMany(r => new[] { Of(r, "gdp_growth", 6), Of(r, "gdp", 1000), Of(r, "electricity_growth", 5) })
            .Where(o => o.RegionCode != "B2" || o.IndicatorId == "gdp_growth");

        var finding = Assert.Single(QualityChecks.Run(catalog, Q3, Set(catalog, observations), deadlinePassed: true), f => f.RuleId == RuleIds.QualityCompleteness);

        Assert.Equal("乙二2025年第3季度应报的3项指标中有2项未报送：地区生产总值、全社会用电量增速。", ChineseDetailOf(finding));
    }

    [Fact]
    public void HierarchyImbalanceIsDescribedAsSubordinateSumAgainstTheTotal()
    {
        var observations = Each("gdp", Q3, (TestCatalog.Province, 100), ("A1", 20), ("A2", 20), ("A3", 20), ("B1", 20), ("B2", 10), ("B3", 5));

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityHierarchy, observations));

        Assert.Equal("测试省2025年第3季度6个下级地区的地区生产总值合计为95亿元，本级上报总量为100亿元，差额占本级总量的-5%。", ChineseDetailOf(finding));
    }

    [Fact]
    public void HierarchyAgainstAZeroTotalSaysNoShareCanBeTaken()
    {
        var observations = Each("arable_land", Q3, (TestCatalog.Province, 0), ("A1", 10), ("A2", 0), ("A3", 0), ("B1", 0), ("B2", 0), ("B3", 0));

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityHierarchy, observations));

        Assert.EndsWith("合计为10亩，本级上报总量为0亩，差额无法按比例计算。", ChineseDetailOf(finding), StringComparison.Ordinal);
    }

    [Fact]
    public void GdpGrowthFarBelowItsProxiesIsDescribedInPercentagePoints()
    {
        var observations = new[] { Of("B1", "gdp_growth", -9), Of("B1", "electricity_growth", 2), Of("B1", "tax_revenue_growth", 4) };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityCrossIndicator, observations));

        Assert.Equal("乙一2025年1—9月地区生产总值增速为-9%，比全社会用电量增速与税收收入增速的平均值（3%）低12个百分点。", ChineseDetailOf(finding));
    }

    [Fact]
    public void LevelRevisionNamesTheVintagesAndThePercentChange()
    {
        var observations = new[] { Of("A2", "gdp", 500, Q2, vintage: 1), Of("A2", "gdp", 520, Q2, vintage: 2), Of("A2", "gdp", 800, Q3) };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations));

        Assert.Equal("甲二2025年第2季度地区生产总值由第1版的500亿元修订为第2版的520亿元，变动+4%。", ChineseDetailOf(finding));
    }

    [Fact]
    public void GrowthRevisionIsInPercentagePointsAndOtherRevisedPeriodsAreNamed()
    {
        var observations = new[]
        {
            Of("B2", "gdp_growth", 6, Q2, vintage: 1), Of("B2", "gdp_growth", 9, Q2, vintage: 2),
            Of("B2", "gdp_growth", 6, Q3, vintage: 1), Of("B2", "gdp_growth", 7.5, Q3, vintage: 2),
        };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations));

        Assert.Equal(
            "乙二2025年1—6月地区生产总值增速由第1版的6%修订为第2版的9%，变动+3个百分点。另有2025年1—9月的数据修订幅度也超出容许范围。",
            ChineseDetailOf(finding));
    }

    [Fact]
    public void LevelRevisedAwayFromZeroSaysTheEarlierValueWasZero()
    {
        var observations = new[] { Of("A3", "gdp", 0, Q3, vintage: 1), Of("A3", "gdp", 40, Q3, vintage: 2) };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityRevision, observations));

        Assert.EndsWith("修订为第2版的40亿元，原值为零。", ChineseDetailOf(finding), StringComparison.Ordinal);
    }

    [Fact]
    public void PeerOutlierGivesTheMedianAndTheRobustScoreInChinese()
    {
        var observations = Each("gdp_growth", Q3, ("A1", 4), ("A2", 5), ("A3", 6), ("B1", 7), ("B2", 8), ("B3", 25));

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityPeerOutlier, observations));

        Assert.Equal("乙三2025年1—9月地区生产总值增速为25%，明显偏离6个地区的中位数6.5%（稳健标准分数+8.32，中位数绝对偏差1.5）。", ChineseDetailOf(finding));
    }

    [Fact]
    public void TargetHuggingCountsTheQuartersAtTheTarget()
    {
        var observations = new[] { Of("B1", "gdp_growth", 6.1, Q1), Of("B1", "gdp_growth", 6.0, Q2), Of("B1", "gdp_growth", 6.2, Q3) };

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityTargetHugging, observations));

        Assert.Equal("乙一2025年1—9月地区生产总值增速为6.2%，截至本期已连续3个季度等于或仅略高于目标值6%（高出不超过0.2个百分点）。", ChineseDetailOf(finding));
    }

    [Fact]
    public void BenfordDeviationIsAWeakSignalInChineseToo()
    {
        string[] levels = ["gdp", "gov_debt", "fiscal_capacity", "arable_land", "safety_deaths"];
        var nines = Enumerable.Range(0, 200)
            .Select(i => new Observation($"X{i / levels.Length:D4}", levels[i % levels.Length], Q3, 900.0 + i, Basis.Level));

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityBenford, nines));

        var detail = ChineseDetailOf(finding);
        Assert.StartsWith("测试省2025年第3季度上报的200个正值总量数据的首位数字分布偏离本福特定律", detail, StringComparison.Ordinal);
        Assert.EndsWith("（预警阈值0.015），仅作弱信号参考。", detail, StringComparison.Ordinal);
    }
}
