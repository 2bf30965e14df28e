using Regional.Submissions;
using Regional.Submissions.Validation;

namespace Regional.Cli.Files;

/// <summary>
/// A submission file read and checked against a catalog. <see cref="SubmittedAt"/> is the time the file declares, or
/// its last write time when the format carries none (SDMX).
/// </summary>
internal sealed record SubmissionFile(string Path, byte[] Payload, SubmissionVerdict Verdict, DateTimeOffset SubmittedAt)
{
    public ParsedSubmission Parsed => Verdict.Submission;

    public bool IsAccepted => Verdict.IsAccepted;
}
