namespace Regional.Storage;

/// <summary>
/// The reasons queue messages were given up on, by queue. Recording the same message text again replaces its
/// earlier reason (the latest failure is the one worth reading).
/// </summary>
public interface IPoisonLog
{
    Task RecordAsync(PoisonRecord record, CancellationToken cancellationToken = default);

    /// <summary>Every reason recorded for messages of <paramref name="queueName"/> (the main queue's name).</summary>
    Task<IReadOnlyList<PoisonRecord>> ListAsync(string queueName, CancellationToken cancellationToken = default);
}
