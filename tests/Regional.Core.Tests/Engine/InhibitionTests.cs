using Regional.Catalogs;
using Regional.Engine;

namespace Regional.Core.Tests.Engine;

public class InhibitionTests
{
    private static Finding Quality(string region, string ruleId, string state) =>
        new(region, ruleId, "gdp", FindingKind.Quality, state == "fail" ? Severity.Major : Severity.Warning, state, 1, 1, 0, "detail");

    private static readonly Finding Growth = new("A1", RuleIds.GrowthTarget, "gdp_growth", FindingKind.Growth, Severity.Warning, "lagging", 5, 6, -1, "gap");

    [Fact]
    public void FailingChecksInhibitTheRegionsGrowthFindingWithTheirIds()
    {
        var inhibition = Inhibition.From([Quality("A1", RuleIds.QualityRevision, "fail"), Quality("A1", RuleIds.QualityHierarchy, "fail"), Quality("A1", RuleIds.QualityHierarchy, "fail")]);

        var inhibited = inhibition.Apply(Growth);

        Assert.Equal("quality-hierarchy, quality-revision", inhibited.InhibitedBy);
        Assert.Equal(Growth with { InhibitedBy = inhibited.InhibitedBy }, inhibited);
    }

    [Fact]
    public void WarningsDoNotInhibit() =>
        Assert.Null(Inhibition.From([Quality("A1", RuleIds.QualityRevision, "warn")]).Apply(Growth).InhibitedBy);

    [Fact]
    public void OtherRegionsFailuresDoNotInhibit() =>
        Assert.Null(Inhibition.From([Quality("A2", RuleIds.QualityRevision, "fail")]).Apply(Growth).InhibitedBy);

    [Fact]
    public void RedLineFindingsAreNeverInhibited()
    {
        var redLine = new Finding("A1", "arable-land", "arable_land", FindingKind.RedLine, Severity.Critical, "breach", 1, 2, -1, "below");

        Assert.Null(Inhibition.From([Quality("A1", RuleIds.QualityRange, "fail")]).Apply(redLine).InhibitedBy);
    }
}
