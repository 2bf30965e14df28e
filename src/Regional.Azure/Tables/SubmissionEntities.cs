using System.Globalization;
using Azure.Data.Tables;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// A submission is one partition (its escaped id) of the submissions table: a <c>header</c> row and
/// <c>problems|0000</c>, <c>problems|0001</c>, … rows carrying the problem list as JSON split across rows.
/// The day index has partition <c>yyyy-MM-dd</c> (UTC) and row key the escaped id. Every text column is bounded
/// (<see cref="MaxTextLength"/>), far below Table Storage's 64 KiB per property: a longer source is stored cut, and the
/// whole of it stays in the raw payload the record names.
/// </summary>
internal static class SubmissionEntities
{
    /// <summary>The most characters a text column of a submission row holds.</summary>
    public const int MaxTextLength = 1024;

    public const string HeaderRow = "header";
    public const string ProblemsPrefix = "problems";

    public static string Partition(string submissionId) => TableKeys.Part(submissionId);

    public static string DayPartition(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DayPartition(DateTimeOffset receivedAt) => DayPartition(DateOnly.FromDateTime(receivedAt.UtcDateTime));

    public static string ProblemRow(int index) =>
        ProblemsPrefix + TableKeys.Separator + index.ToString("D4", CultureInfo.InvariantCulture);

    public static List<TableEntity> ProblemRows(string partition, string problemsJson)
    {
        var rows = new List<TableEntity>();
        foreach (var piece in JsonColumns.Split(problemsJson, JsonColumns.MaxCharsPerEntity))
        {
            var row = new TableEntity(partition, ProblemRow(rows.Count));
            JsonColumns.Write(row, piece);
            rows.Add(row);
        }

        return rows;
    }

    public static TableEntity Header(SubmissionRecord submission, int problemRows)
    {
        var entity = new TableEntity(Partition(submission.Id), HeaderRow);
        FillSummary(entity, submission.Summary);
        entity["ProblemRows"] = problemRows;
        return entity;
    }

    public static TableEntity DayEntry(SubmissionSummary summary)
    {
        var entity = new TableEntity(DayPartition(summary.ReceivedAt), TableKeys.Part(summary.Id));
        FillSummary(entity, summary);
        return entity;
    }

    public static SubmissionSummary ReadSummary(TableEntity entity) => new(
        entity.GetString("SubmissionId"),
        ReadReceivedAt(entity),
        entity.GetString("Source") ?? string.Empty,
        entity.GetString("Format") ?? string.Empty,
        entity.GetString("PayloadBlobName") ?? string.Empty,
        Enum.Parse<SubmissionStatus>(entity.GetString("Status")),
        new SubmissionCounts(
            entity.GetInt32("Received") ?? 0,
            entity.GetInt32("Accepted") ?? 0,
            entity.GetInt32("Rejected") ?? 0,
            entity.GetInt32("Added") ?? 0,
            entity.GetInt32("Revised") ?? 0,
            entity.GetInt32("Unchanged") ?? 0,
            entity.GetInt32("Ignored") ?? 0),
        entity.GetInt32("ProblemCount") ?? 0);

    /// <summary>The text, or its first characters and a mark that it was cut (the payload has the rest).</summary>
    private static string Bounded(string text) =>
        text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength - 1), "…");

    private static DateTimeOffset ReadReceivedAt(TableEntity entity)
    {
        var utc = entity.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue;
        var offset = TimeSpan.FromMinutes(entity.GetInt32("ReceivedAtOffsetMinutes") ?? 0);
        return utc == DateTimeOffset.MinValue ? utc : utc.ToOffset(offset);
    }

    private static void FillSummary(TableEntity entity, SubmissionSummary summary)
    {
        entity["SubmissionId"] = summary.Id;
        entity["ReceivedAt"] = summary.ReceivedAt;

        // Table Storage keeps instants in UTC; the offset the sender stated is kept beside it.
        entity["ReceivedAtOffsetMinutes"] = (int)summary.ReceivedAt.Offset.TotalMinutes;
        entity["Source"] = Bounded(summary.Source);
        entity["Format"] = Bounded(summary.Format);
        entity["PayloadBlobName"] = summary.PayloadBlobName;
        entity["Status"] = summary.Status.ToString();
        entity["Received"] = summary.Counts.Received;
        entity["Accepted"] = summary.Counts.Accepted;
        entity["Rejected"] = summary.Counts.Rejected;
        entity["Added"] = summary.Counts.Added;
        entity["Revised"] = summary.Counts.Revised;
        entity["Unchanged"] = summary.Counts.Unchanged;
        entity["Ignored"] = summary.Counts.Ignored;
        entity["ProblemCount"] = summary.ProblemCount;
    }
}
