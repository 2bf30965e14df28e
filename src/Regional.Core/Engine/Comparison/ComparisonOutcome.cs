using System.Collections.Immutable;

namespace Regional.Engine.Comparison;

/// <summary>
/// Per (region, indicator) comparison, and each region's composite score. <see cref="Scores"/> is read-only and
/// never changed after the comparison.
/// </summary>
public sealed record ComparisonOutcome(
    IReadOnlyDictionary<(string RegionCode, string IndicatorId), ComparisonScore> Scores,
    ImmutableDictionary<string, CompositeScore> Composite)
{
    /// <summary>No comparison at all: what a failed comparison leaves (<see cref="RuleGuard"/>).</summary>
    public static ComparisonOutcome Empty { get; } = new(
        new Dictionary<(string RegionCode, string IndicatorId), ComparisonScore>(),
        ImmutableDictionary<string, CompositeScore>.Empty);
}
