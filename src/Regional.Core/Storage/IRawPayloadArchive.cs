namespace Regional.Storage;

/// <summary>
/// Raw submission payloads, kept as received. A name identifies one content: storing under a name that already
/// exists keeps the first content (use <see cref="RawPayloadNames.ContentAddressed"/> to name by content).
/// </summary>
public interface IRawPayloadArchive
{
    /// <summary>Stores the bytes; returns false when the name was already stored.</summary>
    Task<bool> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>The stored bytes, or null when nothing is stored under the name.</summary>
    Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default);
}
