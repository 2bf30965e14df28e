using System.Collections.Immutable;
using Regional.Engine;

namespace Regional.Storage;

/// <summary>Every region's scorecard of one evaluated period, ordered by region code.</summary>
public sealed record PeriodScorecard(ScorecardVersion Version, ImmutableArray<RegionScorecard> Regions);
