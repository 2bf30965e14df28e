namespace Regional.Api;

/// <summary>
/// What the API needs from the host's settings: the ingest queue submissions are sent to, and the key continuation
/// tokens are signed with (null: none is configured, and each process signs under a random key of its own).
/// </summary>
public sealed record ApiSettings(string IngestQueue, byte[]? TokenKey = null);
