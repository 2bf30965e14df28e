namespace Regional.Storage;

/// <summary>One region's place on one indicator (1 is best; ties share a rank).</summary>
public sealed record RankingEntry(
    string RegionCode,
    string IndicatorId,
    int Rank,
    int RankOf,
    double? Value,
    int? PeerRank,
    int? PeerRankOf,
    int? RankChange,
    bool QualityMarked);
