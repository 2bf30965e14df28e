using Regional.Storage;

namespace Regional.Pipeline;

/// <summary>
/// What ingesting one payload did. <see cref="AlreadyIngested"/> is true when the same submission had been recorded
/// before (a redelivered message or a file dropped twice): nothing was written again.
/// </summary>
public sealed record IngestOutcome(SubmissionRecord Submission, bool AlreadyIngested, IReadOnlyList<EvaluationRequest> EvaluationsRequested)
{
    public bool Accepted => Submission.Status is SubmissionStatus.Accepted or SubmissionStatus.Processed;
}
