using Regional.Observations;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Engine;

/// <summary>
/// A quarter in which the six test regions report everything the quality checks of the test catalog look at, and
/// consistently: GDP growth spread widely enough that no region is a peer outlier, electricity and tax growth close to
/// GDP growth, and a GDP level for each region. Tests change single figures from there.
/// </summary>
internal static class QuarterFigures
{
    public static readonly IReadOnlyDictionary<string, double> GdpGrowth = new Dictionary<string, double>
    {
        ["A1"] = 7.5,
        ["A2"] = 4.0,
        ["A3"] = 5.0,
        ["B1"] = 6.9,
        ["B2"] = 5.6,
        ["B3"] = 7.1,
    };

    private static readonly IReadOnlyDictionary<string, double> Gdp = new Dictionary<string, double>
    {
        ["A1"] = 2000,
        ["A2"] = 500,
        ["A3"] = 800,
        ["B1"] = 1200,
        ["B2"] = 700,
        ["B3"] = 900,
    };

    /// <summary>Every region's figures for the period; <paramref name="growth"/> replaces GDP growth where given.</summary>
    public static List<Observation> Consistent(string period, IReadOnlyDictionary<string, double>? growth = null)
    {
        var figures = new List<Observation>();
        foreach (var region in TestCatalog.RegionCodes)
        {
            var g = growth?.GetValueOrDefault(region, GdpGrowth[region]) ?? GdpGrowth[region];
            figures.Add(EngineFixture.Growth(region, period, g));
            figures.Add(EngineFixture.Growth(region, period, g + 0.3, "electricity_growth"));
            figures.Add(EngineFixture.Growth(region, period, g - 0.2, "tax_revenue_growth"));
            figures.Add(Level(region, "gdp", period, Gdp[region]));
        }

        return figures;
    }

    /// <summary>The figures with one region's value of one indicator replaced.</summary>
    public static List<Observation> With(List<Observation> figures, string region, string indicator, double value) =>
        [.. figures.Select(o => o.RegionCode == region && o.IndicatorId == indicator
            ? new Observation(o.RegionCode, o.IndicatorId, o.Period, value, o.Basis, o.Status, o.Vintage, o.Source)
            : o)];
}
