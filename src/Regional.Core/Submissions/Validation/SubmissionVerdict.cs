using System.Collections.Immutable;

namespace Regional.Submissions.Validation;

/// <summary>
/// The outcome for a whole submission: accepted with every figure, or rejected with every problem and no figures.
/// </summary>
public sealed record SubmissionVerdict(
    ParsedSubmission Submission,
    ImmutableArray<ValidatedObservation> Accepted,
    ImmutableArray<SubmissionProblem> Problems)
{
    public bool IsAccepted => Problems.IsEmpty;
}
