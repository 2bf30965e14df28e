namespace Regional.Api;

/// <summary>
/// What the API needs from the host's settings: the ingest queue submissions are sent to, and the key continuation
/// tokens are signed with (null: tokens are only checksummed and bound to their query).
/// </summary>
public sealed record ApiSettings(string IngestQueue, byte[]? TokenKey = null);
