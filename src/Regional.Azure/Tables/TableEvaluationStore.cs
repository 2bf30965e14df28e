using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Engine;
using Regional.Periods;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// Evaluation results laid out for the dashboard: each read is a point query or one partition.
/// A save replaces the period's rows and removes rows the new result no longer has; the scorecard's version row is
/// written last, so its ETag changes only once the scorecards it describes are in place.
/// </summary>
public sealed class TableEvaluationStore(TableServiceClient service, IOptions<StorageOptions> options) : IEvaluationStore
{
    private static readonly string[] KeyOnly = ["PartitionKey", "RowKey"];
    private readonly TableClient _scorecards = service.GetTableClient(options.Value.ScorecardsTable);
    private readonly TableClient _rankings = service.GetTableClient(options.Value.RankingsTable);
    private readonly TableClient _findings = service.GetTableClient(options.Value.FindingsTable);

    public async Task SaveAsync(EvaluationResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(result.CatalogId);
        var partition = EvaluationEntities.PeriodPartition(result.CatalogId, result.Period);
        var previous = await TableQueries.GetAsync(_scorecards, partition, EvaluationEntities.VersionRow, cancellationToken).ConfigureAwait(false);

        var rankings = RankingRows(result);
        await SaveRankingsAsync(result, rankings, previous, cancellationToken).ConfigureAwait(false);
        await ReplacePartitionAsync(_findings, partition, FindingRows(partition, result.Findings), cancellationToken).ConfigureAwait(false);

        var scorecards = result.Scorecards.OrderBy(s => s.RegionCode, StringComparer.Ordinal)
            .Select(s => (Scorecard: s, Json: StorageJson.Serialize(s)))
            .ToList();
        var etag = ContentETag(result.CatalogVersion, scorecards.Select(s => s.Json));
        var rows = scorecards.Select(s => EvaluationEntities.Scorecard(partition, s.Scorecard, s.Json))
            .Append(EvaluationEntities.Version(partition, result, etag, rankings.Keys))
            .ToList();
        await ReplacePartitionAsync(_scorecards, partition, rows, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PeriodScorecard?> GetScorecardAsync(string catalogId, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogId);
        var rows = await TableQueries.ListAsync(
            _scorecards,
            TableQueries.Partition(EvaluationEntities.PeriodPartition(catalogId, period)),
            null,
            cancellationToken).ConfigureAwait(false);
        var version = rows.FirstOrDefault(r => r.RowKey == EvaluationEntities.VersionRow);
        if (version is null)
        {
            return null;
        }

        return new PeriodScorecard(
            EvaluationEntities.ReadVersion(version),
            [.. rows.Where(r => r.RowKey != EvaluationEntities.VersionRow).Select(EvaluationEntities.ReadScorecard)]);
    }

    public async Task<RegionScorecard?> GetRegionScorecardAsync(string catalogId, Period period, string regionCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogId);
        ArgumentNullException.ThrowIfNull(regionCode);
        var row = await TableQueries.GetAsync(
            _scorecards,
            EvaluationEntities.PeriodPartition(catalogId, period),
            EvaluationEntities.RegionRow(regionCode),
            cancellationToken).ConfigureAwait(false);
        return row is null ? null : EvaluationEntities.ReadScorecard(row);
    }

    public async Task<IReadOnlyList<RankingEntry>> GetRankingAsync(string catalogId, Period period, string indicatorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogId);
        ArgumentNullException.ThrowIfNull(indicatorId);
        var rows = await TableQueries.ListAsync(
            _rankings,
            TableQueries.Partition(EvaluationEntities.RankingPartition(catalogId, period, indicatorId)),
            null,
            cancellationToken).ConfigureAwait(false);

        // Rows arrive in row-key order, which is rank order (ties by region code).
        return [.. rows.Select(EvaluationEntities.ReadRanking)];
    }

    public async Task<IReadOnlyList<Finding>> GetFindingsAsync(string catalogId, Period period, string? regionCode = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogId);
        var partition = EvaluationEntities.PeriodPartition(catalogId, period);
        var filter = regionCode is null
            ? TableQueries.Partition(partition)
            : TableQueries.PartitionPrefix(partition, EvaluationEntities.FindingRegionPrefix(regionCode));
        var rows = await TableQueries.ListAsync(_findings, filter, null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(EvaluationEntities.ReadFinding)];
    }

    public async Task<ScorecardVersion?> GetScorecardVersionAsync(string catalogId, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogId);
        var row = await TableQueries.GetAsync(
            _scorecards,
            EvaluationEntities.PeriodPartition(catalogId, period),
            EvaluationEntities.VersionRow,
            cancellationToken).ConfigureAwait(false);
        return row is null ? null : EvaluationEntities.ReadVersion(row);
    }

    private static Dictionary<string, List<TableEntity>> RankingRows(EvaluationResult result)
    {
        var rows = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        foreach (var scorecard in result.Scorecards)
        {
            foreach (var score in scorecard.Indicators)
            {
                if (score.Comparison is not { } comparison)
                {
                    continue;
                }

                if (!rows.TryGetValue(score.IndicatorId, out var list))
                {
                    rows[score.IndicatorId] = list = [];
                }

                var partition = EvaluationEntities.RankingPartition(result.CatalogId, result.Period, score.IndicatorId);
                list.Add(EvaluationEntities.Ranking(partition, scorecard.RegionCode, score, comparison));
            }
        }

        return rows;
    }

    private static List<TableEntity> FindingRows(string partition, IEnumerable<Finding> findings)
    {
        var rows = new List<TableEntity>();
        foreach (var group in findings.GroupBy(f => f.Key))
        {
            rows.AddRange(group.Select((finding, occurrence) => EvaluationEntities.Finding(partition, finding, occurrence)));
        }

        return rows;
    }

    private async Task SaveRankingsAsync(
        EvaluationResult result,
        Dictionary<string, List<TableEntity>> rankings,
        TableEntity? previousVersion,
        CancellationToken cancellationToken)
    {
        // Indicators ranked before but not now lose their whole ranking.
        var indicators = rankings.Keys
            .Union(previousVersion is null ? [] : EvaluationEntities.ReadRankedIndicators(previousVersion), StringComparer.Ordinal)
            .ToList();
        await Task.WhenAll(indicators.Select(indicator => ReplacePartitionAsync(
            _rankings,
            EvaluationEntities.RankingPartition(result.CatalogId, result.Period, indicator),
            rankings.TryGetValue(indicator, out var rows) ? rows : [],
            cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>Makes a partition hold exactly <paramref name="rows"/>: upserts them in order, then deletes any other row.</summary>
    private static async Task ReplacePartitionAsync(TableClient table, string partition, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        var existing = await TableQueries.ListAsync(table, TableQueries.Partition(partition), KeyOnly, cancellationToken).ConfigureAwait(false);
        var keep = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var actions = rows
            .Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))
            .Concat(existing.Where(e => !keep.Contains(e.RowKey))
                .Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)));
        await TableBatches.SubmitAsync(table, actions, cancellationToken).ConfigureAwait(false);
    }

    private static string ContentETag(string catalogVersion, IEnumerable<string> scorecardJson)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(catalogVersion));
        foreach (var json in scorecardJson)
        {
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(json));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
