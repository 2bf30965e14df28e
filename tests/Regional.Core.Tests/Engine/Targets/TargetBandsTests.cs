using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.Targets;

namespace Regional.Core.Tests.Engine.Targets;

public class TargetBandsTests
{
    private static readonly TargetRules Rules = new(["gdp_growth"]);

    [Theory]
    [InlineData(0.0, TargetBand.OnTrack)]
    [InlineData(2.0, TargetBand.OnTrack)]
    [InlineData(-0.01, TargetBand.Behind)]
    [InlineData(-0.49, TargetBand.Behind)]
    [InlineData(-0.5, TargetBand.Lagging)]
    [InlineData(-1.49, TargetBand.Lagging)]
    [InlineData(-1.5, TargetBand.SeriouslyLagging)]
    [InlineData(-30.0, TargetBand.SeriouslyLagging)]
    public void GapWithoutHistoryFallsInItsBand(double gap, TargetBand band) =>
        Assert.Equal(band, TargetBands.Classify(gap, Rules, TargetBand.OnTrack));

    [Theory]
    [InlineData(-1.45, TargetBand.SeriouslyLagging)]
    [InlineData(-1.4, TargetBand.SeriouslyLagging)]
    [InlineData(-1.39, TargetBand.Lagging)]
    [InlineData(-0.4, TargetBand.Lagging)]
    [InlineData(-0.39, TargetBand.Behind)]
    public void SeriouslyLaggingRegionStepsDownOnlyPastEachClearMargin(double gap, TargetBand band) =>
        Assert.Equal(band, TargetBands.Classify(gap, Rules, TargetBand.SeriouslyLagging));

    [Fact]
    public void WorseningIsNeverHeldBack() =>
        Assert.Equal(TargetBand.SeriouslyLagging, TargetBands.Classify(-1.6, Rules, TargetBand.Lagging));

    [Theory]
    [InlineData(TargetBand.Behind, 5, Severity.Info)]
    [InlineData(TargetBand.Lagging, 1, Severity.Warning)]
    [InlineData(TargetBand.Lagging, 2, Severity.Major)]
    [InlineData(TargetBand.SeriouslyLagging, 1, Severity.Major)]
    [InlineData(TargetBand.SeriouslyLagging, 2, Severity.Critical)]
    [InlineData(TargetBand.OnTrack, 0, Severity.None)]
    public void SeverityDependsOnBandAndPersistence(TargetBand band, int streak, Severity severity) =>
        Assert.Equal(severity, TargetBands.SeverityOf(band, streak, Rules));

    [Fact]
    public void EscalationCountComesFromTheRules() =>
        Assert.Equal(Severity.Warning, TargetBands.SeverityOf(TargetBand.Lagging, 2, Rules with { EscalateAfterPeriods = 3 }));
}
