namespace Regional.Storage;

/// <summary>
/// Files that statistics bureaus drop for the scheduled pull. A file is claimed before it is read, and set aside as
/// done once ingested, so that listing the folder only shows files still waiting.
/// </summary>
public interface IDropFolder
{
    /// <summary>Files not yet done, in name order.</summary>
    IAsyncEnumerable<DroppedFile> ListPendingAsync(CancellationToken cancellationToken = default);

    /// <summary>Holds the file for <paramref name="duration"/>; null when another run holds it or it is gone.</summary>
    Task<DropFolderClaim?> ClaimAsync(DroppedFile file, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>The content of a claimed file, exactly as dropped.</summary>
    Task<byte[]> ReadAsync(DropFolderClaim claim, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the file out of the waiting files, keeping a copy with the submission it became and that submission's
    /// status. Returns false when the claim was lost meanwhile (another run then finishes the file).
    /// </summary>
    Task<bool> MarkDoneAsync(DropFolderClaim claim, string submissionId, SubmissionStatus status, CancellationToken cancellationToken = default);

    /// <summary>Lets go of a file that could not be finished, so the next run can try it at once.</summary>
    Task ReleaseAsync(DropFolderClaim claim, CancellationToken cancellationToken = default);
}
