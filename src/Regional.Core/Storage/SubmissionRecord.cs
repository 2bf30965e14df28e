using Regional.Submissions;
using System.Collections.Immutable;

namespace Regional.Storage;

/// <summary>
/// A submission as recorded: <see cref="PayloadBlobName"/> names the raw payload in the <see cref="IRawPayloadArchive"/>,
/// <see cref="Format"/> the format it was read as (for example <c>regional.submission/v1</c> or <c>sdmx-csv</c>).
/// </summary>
public sealed record SubmissionRecord(
    string Id,
    DateTimeOffset ReceivedAt,
    string Source,
    string Format,
    string PayloadBlobName,
    SubmissionStatus Status,
    SubmissionCounts Counts,
    ImmutableArray<SubmissionProblem> Problems)
{
    public SubmissionSummary Summary => new(Id, ReceivedAt, Source, Format, PayloadBlobName, Status, Counts, Problems.Length);
}
