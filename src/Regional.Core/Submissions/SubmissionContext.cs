namespace Regional.Submissions;

/// <summary>
/// Identity of a submission whose format carries none (SDMX-CSV, SDMX-JSON): the caller derives the id, for example
/// from the blob name or a hash of the content, and knows who sent it and when.
/// </summary>
public sealed record SubmissionContext(string SubmissionId, string Source, DateTimeOffset SubmittedAt);
