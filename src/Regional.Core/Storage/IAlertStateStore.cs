using Regional.Alerts;

namespace Regional.Storage;

/// <summary>
/// The alert state of a catalog after its latest evaluation. Writers read a snapshot, compute the next state and write
/// it back naming the snapshot's version; when another writer got there first the write fails with
/// <see cref="ConcurrencyConflictException"/> and nothing of the losing write is applied.
/// </summary>
public interface IAlertStateStore
{
    Task<AlertStateSnapshot> ReadAsync(string catalogId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the catalog's states with <paramref name="next"/> (states not listed are removed) if the stored version
    /// is still <paramref name="expectedVersion"/> (null: nothing stored yet). Returns the new version.
    /// </summary>
    Task<string> WriteAsync(
        string catalogId,
        IReadOnlyList<AlertState> next,
        string? expectedVersion,
        CancellationToken cancellationToken = default);
}
