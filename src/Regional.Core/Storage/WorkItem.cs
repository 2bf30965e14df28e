namespace Regional.Storage;

/// <summary>
/// A received message: <see cref="Body"/> is the original text; <see cref="PayloadReference"/> names the stored copy
/// when the message travelled by reference.
/// </summary>
public sealed record WorkItem(
    string QueueName,
    string MessageId,
    string Receipt,
    string Body,
    long DequeueCount,
    string? PayloadReference);
