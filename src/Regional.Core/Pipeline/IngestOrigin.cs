namespace Regional.Pipeline;

/// <summary>
/// Where a payload came from: the channel (queue, drop folder, http, cli), a name within it (message id, blob or
/// file name), the sender when the format does not say, and when it was received.
/// </summary>
public sealed record IngestOrigin(string Channel, string Name, string Source, DateTimeOffset ReceivedAt);
