namespace Regional.Messaging;

/// <summary>
/// How many times the queue trigger delivers a message before moving it to <c>&lt;queue&gt;-poison</c>
/// (<c>extensions.queues.maxDequeueCount</c> of host.json): the delivery with this count is the last try.
/// </summary>
public sealed record QueueRetrySettings(int MaxDequeueCount)
{
    public const int DefaultMaxDequeueCount = 5;

    public static QueueRetrySettings Default { get; } = new(DefaultMaxDequeueCount);

    public bool IsLastTry(QueuedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.DequeueCount >= MaxDequeueCount;
    }
}
