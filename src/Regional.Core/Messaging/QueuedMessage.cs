namespace Regional.Messaging;

/// <summary>
/// A message as a queue trigger delivers it: <see cref="Text"/> is the queued text (a claim-check reference is not
/// yet followed), <see cref="DequeueCount"/> counts this delivery.
/// </summary>
public sealed record QueuedMessage(string QueueName, string MessageId, string Text, long DequeueCount);
