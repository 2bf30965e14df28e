using Regional.Pipeline;

namespace Regional.DropFolders;

/// <summary>What one pull did: files ingested (or recognised as already ingested), files another run held, files that failed.</summary>
public sealed record DropFolderPullResult(IReadOnlyList<IngestOutcome> Ingested, IReadOnlyList<string> HeldElsewhere, IReadOnlyList<string> Failed);
