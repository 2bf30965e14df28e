using System.Globalization;
using Azure.Data.Tables;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Periods;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// Scorecards: partition <c>catalog|period</c>, a row <c>r|region</c> per region and a <c>version</c> row.
/// Rankings: partition <c>catalog|period|indicator</c>, row <c>rank(0000)|region</c>.
/// Findings: partition <c>catalog|period</c>, row <c>region|rule|indicator|n</c>.
/// </summary>
internal static class EvaluationEntities
{
    public const string VersionRow = "version";
    public const string RegionPrefix = "r";

    public static string PeriodPartition(string catalogId, Period period) => TableKeys.Join(catalogId, period.ToString());

    public static string RankingPartition(string catalogId, Period period, string indicatorId) =>
        TableKeys.Join(catalogId, period.ToString(), indicatorId);

    public static string RegionRow(string regionCode) => RegionPrefix + TableKeys.Separator + TableKeys.Part(regionCode);

    public static TableEntity Scorecard(string partition, RegionScorecard scorecard, string json)
    {
        var entity = new TableEntity(partition, RegionRow(scorecard.RegionCode))
        {
            ["Region"] = scorecard.RegionCode,
            ["PeerGroup"] = scorecard.PeerGroup,
            ["Quality"] = scorecard.Quality.ToString(),
            ["CompositeScore"] = scorecard.CompositeScore,
            ["CompositeRank"] = scorecard.CompositeRank,
            ["Standing"] = scorecard.Standing.ToString(),
            ["LaggingStreak"] = scorecard.LaggingStreak,
            ["WorstRedLine"] = scorecard.WorstRedLine.ToString(),
        };
        JsonColumns.Write(entity, json);
        return entity;
    }

    public static RegionScorecard ReadScorecard(TableEntity entity) =>
        StorageJson.Deserialize<RegionScorecard>(JsonColumns.Read(entity));

    public static TableEntity Version(string partition, EvaluationResult result, string etag, IEnumerable<string> rankedIndicators) => new(partition, VersionRow)
    {
        ["CatalogId"] = result.CatalogId,
        ["Period"] = result.Period.ToString(),
        ["CatalogVersion"] = result.CatalogVersion,
        ["EvaluatedAt"] = result.EvaluatedAt,
        ["RegionCount"] = result.Scorecards.Length,
        ["ContentETag"] = etag,
        ["RankedIndicators"] = StorageJson.Serialize(rankedIndicators.ToArray()),
    };

    public static ScorecardVersion ReadVersion(TableEntity entity) => new(
        entity.GetString("CatalogId"),
        Period.Parse(entity.GetString("Period")),
        entity.GetString("CatalogVersion") ?? string.Empty,
        entity.GetDateTimeOffset("EvaluatedAt") ?? DateTimeOffset.MinValue,
        entity.GetInt32("RegionCount") ?? 0,
        entity.GetString("ContentETag"));

    public static string[] ReadRankedIndicators(TableEntity version) =>
        version.GetString("RankedIndicators") is { Length: > 0 } json ? StorageJson.Deserialize<string[]>(json) : [];

    public static TableEntity Ranking(string partition, string regionCode, IndicatorScore score, ComparisonScore comparison) =>
        new(partition, comparison.Rank.ToString("D4", CultureInfo.InvariantCulture) + TableKeys.Separator + TableKeys.Part(regionCode))
        {
            ["Region"] = regionCode,
            ["Indicator"] = score.IndicatorId,
            ["Rank"] = comparison.Rank,
            ["RankOf"] = comparison.RankOf,
            ["Value"] = score.Value,
            ["PeerRank"] = comparison.PeerRank,
            ["PeerRankOf"] = comparison.PeerRankOf,
            ["RankChange"] = comparison.RankChange,
            ["QualityMarked"] = score.QualityMarked,
        };

    public static RankingEntry ReadRanking(TableEntity entity) => new(
        entity.GetString("Region"),
        entity.GetString("Indicator"),
        entity.GetInt32("Rank") ?? 0,
        entity.GetInt32("RankOf") ?? 0,
        entity.GetDouble("Value"),
        entity.GetInt32("PeerRank"),
        entity.GetInt32("PeerRankOf"),
        entity.GetInt32("RankChange"),
        entity.GetBoolean("QualityMarked") ?? false);

    public static string FindingRegionPrefix(string regionCode) => TableKeys.Part(regionCode);

    public static TableEntity Finding(string partition, Finding finding, int occurrence) =>
        new(partition, TableKeys.Join(finding.RegionCode, finding.RuleId, finding.IndicatorId, occurrence.ToString("D3", CultureInfo.InvariantCulture)))
        {
            ["Region"] = finding.RegionCode,
            ["Rule"] = finding.RuleId,
            ["Indicator"] = finding.IndicatorId,
            ["Kind"] = finding.Kind.ToString(),
            ["Severity"] = finding.Severity.ToString(),
            ["State"] = finding.State,
            ["Value"] = finding.Value,
            ["Threshold"] = finding.Threshold,
            ["Gap"] = finding.Gap,
            ["Detail"] = finding.Detail,
            ["InhibitedBy"] = finding.InhibitedBy,
            ["DetailZh"] = finding.DetailZh,
            ["MissingIndicatorIds"] = finding.MissingIndicatorIds is { } missing ? StorageJson.Serialize(missing.ToArray()) : null,
            ["MissingRegionCodes"] = finding.MissingRegionCodes is { } children ? StorageJson.Serialize(children.ToArray()) : null,
        };

    public static Finding ReadFinding(TableEntity entity) => new(
        entity.GetString("Region"),
        entity.GetString("Rule"),
        entity.GetString("Indicator") ?? string.Empty,
        Enum.Parse<FindingKind>(entity.GetString("Kind")),
        Enum.Parse<Severity>(entity.GetString("Severity")),
        entity.GetString("State") ?? string.Empty,
        entity.GetDouble("Value"),
        entity.GetDouble("Threshold"),
        entity.GetDouble("Gap"),
        entity.GetString("Detail") ?? string.Empty,
        entity.GetString("InhibitedBy"),
        entity.GetString("DetailZh"),
        entity.GetString("MissingIndicatorIds") is { Length: > 0 } missing ? [.. StorageJson.Deserialize<string[]>(missing)] : null,
        entity.GetString("MissingRegionCodes") is { Length: > 0 } children ? [.. StorageJson.Deserialize<string[]>(children)] : null);
}
