using System.Collections.Immutable;

namespace Regional.Engine.Comparison;

/// <summary>
/// Composite score 0–10 (min-max normalised per indicator, weighted by the catalog's published weights).
/// A region missing a weighted indicator gets no score; <see cref="Missing"/> lists what is missing.
/// </summary>
public sealed record CompositeScore(double? Score, int? Rank, ImmutableArray<string> Missing);
