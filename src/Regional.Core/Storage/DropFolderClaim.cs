namespace Regional.Storage;

/// <summary>
/// A dropped file held by one run for a while, so that two runs (a timer fired twice, two instances) never work on
/// the same file at once. <see cref="Token"/> is what the folder needs to act on the held file.
/// </summary>
public sealed record DropFolderClaim(DroppedFile File, string Token);
