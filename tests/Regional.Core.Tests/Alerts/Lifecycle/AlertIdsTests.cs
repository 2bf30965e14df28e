using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Periods;

namespace Regional.Core.Tests.Alerts.Lifecycle;

public sealed class AlertIdsTests
{
    [Theory]
    [InlineData("2025-Q1")]
    [InlineData("2025")]
    [InlineData("2025-S2")]
    [InlineData("2025-09")]
    public void TheStartPeriodIsReadBackFromTheIdOfAnyFrequency(string period)
    {
        var id = AlertIds.For(new AlertKey("510400", "growth-target", "gdp_growth"), Period.Parse(period));

        Assert.True(AlertIds.TryStartedPeriod(id, out var started));
        Assert.Equal(Period.Parse(period), started);
    }

    [Theory]
    [InlineData("510400.growth-target.gdp_growth")]
    [InlineData("no-period-here")]
    [InlineData(".2025-Q1")]
    public void AnIdOfAnotherFormHasNoStartPeriod(string id) => Assert.False(AlertIds.TryStartedPeriod(id, out _));
}
