using Regional.Catalogs;
using Regional.Engine.Targets;

namespace Regional.Core.Tests.Engine.Targets;

/// <summary>
/// Growth bands from the catalog: the default four (on track from a gap of 0, behind below 0, lagging at or below
/// −0.5, seriously lagging at or below −1.5), a catalog's own three, strict and inclusive edges, the clear margin and
/// target qualifiers.
/// </summary>
public class TargetBandsTests
{
    private static readonly TargetRules Rules = new(["gdp_growth"]);

    /// <summary>Three bands: on track, behind (below 0, exclusive), lagging (below −1.0, exclusive: exactly −1.0 is behind).</summary>
    private static readonly TargetRules ThreeBands = new(
        ["gdp_growth"],
        ClearMargin: 0.2,
        Bands:
        [
            new("on-track", "on track", "完成目标", Severity.None, Severity.None, false, null),
            new("behind", "behind", "低于目标", Severity.Info, Severity.Info, false, 0, Edge.Exclusive),
            new("lagging", "lagging", "落后", Severity.Warning, Severity.Major, true, -1.0, Edge.Exclusive),
        ]);

    private static string Band(TargetRules rules, double gap, string before = TargetBands.OnTrack, TargetQualifier? qualifier = null) =>
        TargetBands.StateName(rules, TargetBands.Classify(gap, rules, TargetBands.IndexOf(rules, before), qualifier));

    [Theory]
    [InlineData(0.0, "on-track")]
    [InlineData(2.0, "on-track")]
    [InlineData(-0.01, "behind")]
    [InlineData(-0.49, "behind")]
    [InlineData(-0.5, "lagging")]
    [InlineData(-1.49, "lagging")]
    [InlineData(-1.5, "seriously-lagging")]
    [InlineData(-30.0, "seriously-lagging")]
    public void GapWithoutHistoryFallsInItsDefaultBand(double gap, string band) =>
        Assert.Equal(band, Band(Rules, gap));

    [Theory]
    [InlineData(-1.45, "seriously-lagging")]
    [InlineData(-1.4, "seriously-lagging")]
    [InlineData(-1.39, "lagging")]
    [InlineData(-0.4, "lagging")]
    [InlineData(-0.39, "behind")]
    public void SeriouslyLaggingRegionStepsDownOnlyPastEachClearMargin(double gap, string band) =>
        Assert.Equal(band, Band(Rules, gap, TargetBands.SeriouslyLagging));

    [Fact]
    public void WorseningIsNeverHeldBack() =>
        Assert.Equal("seriously-lagging", Band(Rules, -1.6, TargetBands.Lagging));

    [Theory]
    [InlineData("behind", 5, Severity.Info)]
    [InlineData("lagging", 1, Severity.Warning)]
    [InlineData("lagging", 2, Severity.Major)]
    [InlineData("seriously-lagging", 1, Severity.Major)]
    [InlineData("seriously-lagging", 2, Severity.Critical)]
    [InlineData("on-track", 0, Severity.None)]
    public void SeverityDependsOnBandAndPersistence(string band, int streak, Severity severity) =>
        Assert.Equal(severity, TargetBands.SeverityOf(Rules, TargetBands.IndexOf(Rules, band), streak));

    [Fact]
    public void EscalationCountComesFromTheRules() =>
        Assert.Equal(Severity.Warning, TargetBands.SeverityOf(Rules with { EscalateAfterPeriods = 3 }, TargetBands.IndexOf(Rules, "lagging"), 2));

    [Theory]
    [InlineData(0.0, "on-track")]
    [InlineData(-0.000001, "behind")]
    [InlineData(-1.0, "behind")]          // exclusive edge: exactly −1.0 is not lagging
    [InlineData(-1.000001, "lagging")]
    [InlineData(-9.0, "lagging")]          // no seriously lagging band exists in this catalog
    public void ACatalogWithThreeBandsUsesItsOwnBandsAndEdges(double gap, string band) =>
        Assert.Equal(band, Band(ThreeBands, gap));

    [Theory]
    [InlineData(-0.8, "behind")]          // −0.8 − 0.2 = −1.0 is not below the exclusive edge −1.0: cleared
    [InlineData(-0.81, "lagging")]        // −1.01 is below it: held
    [InlineData(-0.5, "behind")]
    public void AnExclusiveLaggingEdgeClearsAtItsClearingLineExclusively(double gap, string band) =>
        Assert.Equal(band, Band(ThreeBands, gap, "lagging"));

    [Fact]
    public void TheBandSetIsTheCatalogsOwnWithNoSeriouslyLaggingBand()
    {
        Assert.Equal(["on-track", "behind", "lagging"], ThreeBands.BandSet.Select(b => b.Name));
        Assert.Equal(4, Rules.BandSet.Length);
        Assert.True(TargetBands.IsLagging(ThreeBands, "lagging"));
        Assert.False(TargetBands.IsLagging(ThreeBands, "behind"));
    }

    [Theory]
    [InlineData(-0.5, "on-track")]        // "around 6": on track from 5.5
    [InlineData(-0.51, "behind")]
    [InlineData(-1.0, "lagging")]          // every edge moves by −0.5
    public void AroundShiftsEveryEdge(double gap, string band) =>
        Assert.Equal(band, Band(Rules, gap, qualifier: new TargetQualifier("around", "around {0}%", "{0}%左右", Shift: -0.5)));

    [Theory]
    [InlineData(0.0, "behind")]           // "above 5": exactly 5.0 is not on track
    [InlineData(0.01, "on-track")]
    public void AboveLeavesTheTargetItselfOutOfOnTrack(double gap, string band) =>
        Assert.Equal(band, Band(Rules, gap, qualifier: new TargetQualifier("above", "above {0}%", "{0}%以上", OnTrackEdge: Edge.Exclusive)));

    [Theory]
    [InlineData(0.0, "on-track")]         // "at least 5": exactly 5.0 is on track, even where the band says otherwise
    [InlineData(-0.01, "behind")]
    public void AtLeastTakesTheTargetItselfIntoOnTrack(double gap, string band)
    {
        var inclusiveBehind = Rules with { Bands = [.. Rules.BandSet.Select(b => b.Name == "behind" ? b with { Edge = Edge.Inclusive } : b)] };

        Assert.Equal(band, Band(inclusiveBehind, gap, qualifier: new TargetQualifier("at-least", "at least {0}%", "不低于{0}%", OnTrackEdge: Edge.Inclusive)));
    }
}
