using Regional.Storage;

namespace Regional.Azure.Queues;

/// <summary>A message waiting in a poison queue, with the recorded reason it was given up on (null when none was recorded).</summary>
public sealed record PoisonMessage(string MessageId, string Text, DateTimeOffset? InsertedOn, PoisonRecord? Reason);
