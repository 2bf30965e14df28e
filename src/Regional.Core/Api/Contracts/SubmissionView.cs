using System.Collections.Immutable;
using Regional.Storage;
using Regional.Submissions;

namespace Regional.Api.Contracts;

/// <summary>
/// POST /api/submissions (202) and GET /api/submissions/{id}: where a submission stands. <c>received</c> means archived
/// and queued, not yet ingested; then <c>accepted</c> or <c>rejected</c> (with every problem), then <c>processed</c>
/// once its periods were evaluated. <see cref="Regions"/> lists the regions its figures are for, when known.
/// </summary>
public sealed record SubmissionView(
    string Id,
    SubmissionStatus Status,
    DateTimeOffset ReceivedAt,
    string? Source,
    string? Format,
    SubmissionCounts? Counts,
    ImmutableArray<SubmissionProblem> Problems,
    ImmutableArray<string> Regions,
    string Location);
