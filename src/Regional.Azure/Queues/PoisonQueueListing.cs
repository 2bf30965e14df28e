namespace Regional.Azure.Queues;

/// <summary>
/// The front of one poison queue: a queue can be looked at without taking messages only up to
/// <see cref="PoisonQueueService.MaxListed"/> at a time, so <see cref="ApproximateCount"/> says how many there are in all.
/// </summary>
public sealed record PoisonQueueListing(string QueueName, string PoisonQueueName, int ApproximateCount, IReadOnlyList<PoisonMessage> Messages);
