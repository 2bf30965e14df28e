using Regional.Observations;
using Regional.Periods;

namespace Regional.Core.Tests.Observations;

public class ObservationTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NonFiniteValuesNeverEnter(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Observation("A1", "gdp_growth", Period.Quarter(2025, 3), value, Basis.YtdGrowth));
    }

    [Fact]
    public void VintagesStartAtOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Observation("A1", "gdp_growth", Period.Quarter(2025, 3), 5.0, Basis.YtdGrowth, vintage: 0));
    }

    [Fact]
    public void ZeroAndNegativeValuesAreValid()
    {
        var negative = new Observation("A1", "gdp_growth", Period.Quarter(2025, 3), -2.5, Basis.YtdGrowth);
        var zero = negative with { };

        Assert.Equal(-2.5, negative.Value);
        Assert.Equal(new ObservationKey("A1", "gdp_growth", Period.Quarter(2025, 3)), zero.Key);
    }
}
