using Regional.Engine;
using Regional.Engine.Quality;

namespace Regional.Core.Tests.Engine.Quality;

public class QualityCheckNamesTests
{
    public static TheoryData<string> QualityRuleIds() =>
    [
        RuleIds.QualityRange, RuleIds.QualityCompleteness, RuleIds.QualityHierarchy, RuleIds.QualityCrossIndicator,
        RuleIds.QualityRevision, RuleIds.QualityPeerOutlier, RuleIds.QualityTargetHugging, RuleIds.QualityBenford,
        RuleIds.QualityArithmetic,
    ];

    [Theory]
    [MemberData(nameof(QualityRuleIds))]
    public void EveryBuiltInCheckHasAnEnglishAndAChineseName(string ruleId)
    {
        var name = QualityCheckNames.For(ruleId);

        Assert.Equal(ruleId, name.RuleId);
        Assert.NotEqual(ruleId, name.En);
        Assert.DoesNotContain(name.Zh, char.IsAsciiLetter);
        Assert.Matches("(检查|检验)$", name.Zh);
    }

    [Fact]
    public void NoTwoChecksShareAName()
    {
        Assert.Equal(QualityCheckNames.All.Count, QualityCheckNames.All.Select(n => n.Zh).Distinct().Count());
        Assert.Equal(QualityCheckNames.All.Count, QualityCheckNames.All.Select(n => n.En).Distinct().Count());
    }

    [Fact]
    public void AnUnknownRuleNamesItself()
    {
        Assert.Equal(new QualityCheckName("quality-custom", "quality-custom", "quality-custom"), QualityCheckNames.For("quality-custom"));
    }
}
