using System.Collections.Immutable;
using Regional.Storage;
using Regional.Submissions;

namespace Regional.Api.Contracts;

/// <summary>
/// POST /api/submissions (202) and GET /api/submissions/{id}: where a submission stands. <c>received</c> means archived
/// and queued, not yet ingested; then <c>accepted</c> or <c>rejected</c> (with every problem), then <c>processed</c>
/// once its periods were evaluated. <see cref="Regions"/> lists the regions its figures are for, when known.
/// <see cref="Id"/> is the id as stored: the sender's id behind the scope of its regions (<c>510100:…</c>).
/// <see cref="SubmittedBy"/> is the signed-in principal who posted it over HTTP (absent for other channels).
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
    string Location,
    SubmissionSender? SubmittedBy = null);

/// <summary>The signed-in principal who posted a submission: display name and id, as authentication gave them.</summary>
public sealed record SubmissionSender(string? Name, string? Id);
