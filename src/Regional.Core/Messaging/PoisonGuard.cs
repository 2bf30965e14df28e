using Microsoft.Extensions.Logging;
using Regional.Storage;

namespace Regional.Messaging;

/// <summary>
/// Keeps the reason a message is given up on. The queue trigger moves a message to <c>&lt;queue&gt;-poison</c> after
/// its last failed try but says nothing about why; so when work on the last try fails, the failure is recorded in the
/// <see cref="IPoisonLog"/> before the exception goes on to the trigger. A message that can never succeed (it is not
/// a message this queue understands) is set aside at once instead of being tried again and again.
/// </summary>
public sealed partial class PoisonGuard(
    IPoisonLog log,
    IWorkQueue queue,
    QueueRetrySettings settings,
    TimeProvider clock,
    ILogger<PoisonGuard> logger)
{
    public async Task<T> RunAsync<T>(QueuedMessage message, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (settings.IsLastTry(message))
        {
            await RecordAsync(message, ex.GetType().FullName ?? ex.GetType().Name, Describe(ex)).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Records why the message cannot be handled and moves it to the poison queue without further tries.</summary>
    public async Task SetAsideAsync(QueuedMessage message, string errorType, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await log.RecordAsync(PoisonRecord.For(message.QueueName, message.MessageId, message.Text, message.DequeueCount, errorType, reason, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await queue.SendAsync(PoisonQueues.For(message.QueueName), message.Text, cancellationToken).ConfigureAwait(false);
        LogSetAside(logger, message.MessageId, message.QueueName, reason);
    }

    private async Task RecordAsync(QueuedMessage message, string errorType, string errorMessage)
    {
        // Not the function's token: on shutdown it is already cancelled, and the reason matters most then.
        try
        {
            await log.RecordAsync(PoisonRecord.For(message.QueueName, message.MessageId, message.Text, message.DequeueCount, errorType, errorMessage, clock.GetUtcNow())).ConfigureAwait(false);
            LogRecorded(logger, message.MessageId, message.QueueName, message.DequeueCount, errorType);
        }
        catch (Exception ex)
        {
            // The original failure is what the trigger must see; a failure to record it is only logged.
            LogNotRecorded(logger, ex, message.MessageId, message.QueueName);
        }
    }

    private static string Describe(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" ---> ", messages);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} of {Queue} failed on its last try ({DequeueCount}) with {ErrorType}; the reason is recorded and the message goes to the poison queue")]
    private static partial void LogRecorded(ILogger logger, string messageId, string queue, long dequeueCount, string errorType);

    [LoggerMessage(Level = LogLevel.Error, Message = "The failure of message {MessageId} of {Queue} could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, string messageId, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} of {Queue} was set aside in the poison queue: {Reason}")]
    private static partial void LogSetAside(ILogger logger, string messageId, string queue, string reason);
}
