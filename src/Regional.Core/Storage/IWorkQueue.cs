namespace Regional.Storage;

/// <summary>
/// Work handed between steps (ingest, evaluate). Messages too large for the queue travel as a reference to a stored
/// copy; <see cref="ReceiveAsync"/> and <see cref="ResolveAsync"/> give back the original text either way.
/// </summary>
public interface IWorkQueue
{
    Task SendAsync(string queueName, string message, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="maxMessages"/> messages, hidden from other receivers for <paramref name="visibilityTimeout"/>.</summary>
    Task<IReadOnlyList<WorkItem>> ReceiveAsync(
        string queueName,
        int maxMessages,
        TimeSpan visibilityTimeout,
        CancellationToken cancellationToken = default);

    /// <summary>The original text of a message as a queue trigger delivers it (a reference is followed).</summary>
    Task<string> ResolveAsync(string queuedText, CancellationToken cancellationToken = default);

    /// <summary>Removes a handled message and the stored copy it referred to.</summary>
    Task CompleteAsync(WorkItem item, CancellationToken cancellationToken = default);
}
