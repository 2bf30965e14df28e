using System.Collections.Immutable;

namespace Regional.Engine.Comparison;

/// <summary>Per (region, indicator) comparison, and each region's composite score.</summary>
public sealed record ComparisonOutcome(
    ImmutableDictionary<(string RegionCode, string IndicatorId), ComparisonScore> Scores,
    ImmutableDictionary<string, CompositeScore> Composite);
