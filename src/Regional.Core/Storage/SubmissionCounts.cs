namespace Regional.Storage;

/// <summary>
/// Observation counts of a submission: <see cref="Received"/> in the payload, <see cref="Accepted"/> after validation,
/// <see cref="Rejected"/> by validation; <see cref="Added"/>, <see cref="Revised"/> and <see cref="Unchanged"/> once stored.
/// </summary>
public sealed record SubmissionCounts(int Received, int Accepted, int Rejected, int Added = 0, int Revised = 0, int Unchanged = 0)
{
    public static SubmissionCounts None { get; } = new(0, 0, 0);
}
