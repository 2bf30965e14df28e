namespace Regional.Storage;

/// <summary>A submission without its problem list, as a day's listing shows it.</summary>
public sealed record SubmissionSummary(
    string Id,
    DateTimeOffset ReceivedAt,
    string Source,
    string Format,
    string PayloadBlobName,
    SubmissionStatus Status,
    SubmissionCounts Counts,
    int ProblemCount);
