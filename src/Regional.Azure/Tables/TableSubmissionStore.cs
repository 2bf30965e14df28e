using Regional.Submissions;
using System.Collections.Immutable;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>Submission records: one partition per submission (read back whole), plus an index by UTC day.</summary>
public sealed class TableSubmissionStore(TableServiceClient service, IOptions<StorageOptions> options) : ISubmissionStore
{
    private static readonly string[] KeyColumns = ["PartitionKey", "RowKey", "ReceivedAt"];
    private readonly TableClient _submissions = service.GetTableClient(options.Value.SubmissionsTable);
    private readonly TableClient _byDay = service.GetTableClient(options.Value.SubmissionsByDayTable);

    public async Task RecordAsync(SubmissionRecord submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentException.ThrowIfNullOrWhiteSpace(submission.Id);
        var partition = SubmissionEntities.Partition(submission.Id);
        var existing = await TableQueries.ListAsync(_submissions, TableQueries.Partition(partition), KeyColumns, cancellationToken).ConfigureAwait(false);

        var problems = submission.Problems.IsDefault ? [] : submission.Problems;
        var problemRows = problems.IsEmpty ? [] : SubmissionEntities.ProblemRows(partition, StorageJson.Serialize(problems));
        var written = problemRows.Select(r => r.RowKey).Append(SubmissionEntities.HeaderRow).ToHashSet(StringComparer.Ordinal);

        // Problem rows first and the header last: the header says how many problem rows belong to the record.
        var actions = problemRows
            .Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))
            .Append(new TableTransactionAction(TableTransactionActionType.UpsertReplace, SubmissionEntities.Header(submission, problemRows.Count)))
            .Concat(existing
                .Where(e => !written.Contains(e.RowKey))
                .Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)));
        await TableBatches.SubmitAsync(_submissions, actions, cancellationToken).ConfigureAwait(false);

        await _byDay.UpsertEntityAsync(SubmissionEntities.DayEntry(submission.Summary), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        var previousHeader = existing.FirstOrDefault(e => e.RowKey == SubmissionEntities.HeaderRow);
        if (previousHeader?.GetDateTimeOffset("ReceivedAt") is { } before
            && SubmissionEntities.DayPartition(before) != SubmissionEntities.DayPartition(submission.ReceivedAt))
        {
            await _byDay.DeleteEntityAsync(SubmissionEntities.DayPartition(before), partition, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<SubmissionRecord?> GetAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submissionId);
        var rows = await TableQueries.ListAsync(
            _submissions,
            TableQueries.Partition(SubmissionEntities.Partition(submissionId)),
            null,
            cancellationToken).ConfigureAwait(false);
        var header = rows.FirstOrDefault(r => r.RowKey == SubmissionEntities.HeaderRow);
        if (header is null)
        {
            return null;
        }

        var summary = SubmissionEntities.ReadSummary(header);
        var problemRows = header.GetInt32("ProblemRows") ?? 0;
        var byKey = rows.ToDictionary(r => r.RowKey, StringComparer.Ordinal);
        var json = string.Concat(Enumerable.Range(0, problemRows)
            .Select(i => byKey.TryGetValue(SubmissionEntities.ProblemRow(i), out var row)
                ? JsonColumns.Read(row)
                : throw new InvalidDataException($"Submission '{submissionId}' is missing problem row {i}.")));
        var problems = problemRows == 0 ? [] : StorageJson.Deserialize<ImmutableArray<SubmissionProblem>>(json);
        return new SubmissionRecord(
            summary.Id,
            summary.ReceivedAt,
            summary.Source,
            summary.Format,
            summary.PayloadBlobName,
            summary.Status,
            summary.Counts,
            problems);
    }

    public async Task<IReadOnlyList<SubmissionSummary>> ListByDayAsync(DateOnly utcDay, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.ListAsync(_byDay, TableQueries.Partition(SubmissionEntities.DayPartition(utcDay)), null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(SubmissionEntities.ReadSummary).OrderBy(s => s.ReceivedAt).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }
}
