namespace Regional.Storage;

/// <summary>
/// Observation counts of a submission: <see cref="Received"/> in the payload, <see cref="Accepted"/> after validation,
/// <see cref="Rejected"/> by validation; <see cref="Added"/>, <see cref="Revised"/> and <see cref="Unchanged"/> once stored;
/// <see cref="Ignored"/> SDMX observations of series no dataflow mapping of the catalog selects (not received as figures).
/// </summary>
public sealed record SubmissionCounts(int Received, int Accepted, int Rejected, int Added = 0, int Revised = 0, int Unchanged = 0, int Ignored = 0)
{
    public static SubmissionCounts None { get; } = new(0, 0, 0);
}
