namespace Regional.Storage;

/// <summary>
/// The record of every submission received: its status, counts and every problem found. Recording the same id again
/// replaces the record (a submission moves from Received to Accepted or Rejected, then Processed).
/// </summary>
public interface ISubmissionStore
{
    Task RecordAsync(SubmissionRecord submission, CancellationToken cancellationToken = default);

    /// <summary>The submission with its problems, or null when the id is unknown.</summary>
    Task<SubmissionRecord?> GetAsync(string submissionId, CancellationToken cancellationToken = default);

    /// <summary>Submissions received on a UTC calendar day, oldest first, without their problems.</summary>
    Task<IReadOnlyList<SubmissionSummary>> ListByDayAsync(DateOnly utcDay, CancellationToken cancellationToken = default);
}
