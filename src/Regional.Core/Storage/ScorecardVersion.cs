using Regional.Periods;

namespace Regional.Storage;

/// <summary>
/// Identifies the content of a period's scorecard. <see cref="ETag"/> is derived from the content, so saving the same
/// result again keeps it and any change to a scorecard changes it: a valid strong HTTP entity tag.
/// </summary>
public sealed record ScorecardVersion(
    string CatalogId,
    Period Period,
    string CatalogVersion,
    DateTimeOffset EvaluatedAt,
    int RegionCount,
    string ETag);
