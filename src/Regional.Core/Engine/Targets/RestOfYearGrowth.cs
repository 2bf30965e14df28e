using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Engine.Targets;

/// <summary>
/// The growth the rest of the year needs for the annual figure to reach the target. With <c>w</c> the share of the
/// year's output already behind us, the year grows by <c>w(1+g) + (1−w)(1+r) − 1</c>; solving for the rest-of-year
/// rate <c>r</c> gives <c>((1+T) − w(1+g)) / (1−w) − 1</c>.
/// </summary>
public static class RestOfYearGrowth
{
    /// <summary>Needed growth in percent, or null when the period closes the year (nothing left to make up).</summary>
    public static double? Needed(double ytdGrowth, double annualTarget, double elapsedShare)
    {
        if (elapsedShare >= 1)
        {
            return null;
        }

        var g = ytdGrowth / 100;
        var t = annualTarget / 100;
        return Finite.OrNull(((((1 + t) - (elapsedShare * (1 + g))) / (1 - elapsedShare)) - 1) * 100);
    }

    /// <summary>
    /// The share of the year behind the period. By default months elapsed / 12. For the growth indicator whose level
    /// the catalog names as the weight (GDP growth and the GDP level), the share is last year's year-to-date level of
    /// the same span divided by last year's full-year level: output is not spread evenly over the months (the last
    /// quarter weighs more), and last year's profile is the best known estimate of this year's. Other indicators keep
    /// the month share, because the GDP profile says nothing about the seasonality of, say, retail sales.
    /// </summary>
    public static double ElapsedShare(Catalog catalog, ObservationSet observations, string regionCode, string indicatorId, Period period)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        var months = period.MonthsElapsedInYear / 12.0;
        var comparison = catalog.Rules.Comparison;
        if (months >= 1 || period.Year <= 1900 || comparison.WeightIndicatorId is not { } weightId || comparison.GrowthIndicatorId != indicatorId)
        {
            return months;
        }

        var lastYear = period.SameLastYear();
        var ytdLastYear = observations.Value(regionCode, weightId, lastYear);
        var fullYear = observations.Value(regionCode, weightId, Period.Create(lastYear.Year, period.Frequency, Period.PeriodsPerYear(period.Frequency)))
            ?? observations.Value(regionCode, weightId, Period.Annual(lastYear.Year));
        if (ytdLastYear is not { } part || fullYear is not { } whole || whole <= 0)
        {
            return months;
        }

        var share = part / whole;
        return share is > 0 and < 1 ? share : months;
    }
}
