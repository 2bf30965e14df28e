using System.Collections.Immutable;
using Regional.Alerts;

namespace Regional.Storage;

/// <summary>The alert states of a catalog and the version to name when writing the next ones (null before the first write).</summary>
public sealed record AlertStateSnapshot(ImmutableArray<AlertState> States, string? Version);
