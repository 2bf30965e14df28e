namespace Regional.Submissions;

/// <summary>
/// One item of a streamed submission: either a figure or a problem. Streaming readers yield these row by row so that
/// a file of any length is read in bounded memory.
/// </summary>
public readonly record struct SubmissionEntry
{
    private SubmissionEntry(SubmittedObservation? observation, SubmissionProblem? problem)
    {
        Observation = observation;
        Problem = problem;
    }

    public SubmittedObservation? Observation { get; }

    public SubmissionProblem? Problem { get; }

    public static SubmissionEntry Of(SubmittedObservation observation) => new(observation, null);

    public static SubmissionEntry Of(SubmissionProblem problem) => new(null, problem);
}
