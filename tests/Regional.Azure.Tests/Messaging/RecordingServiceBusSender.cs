using System.Runtime.CompilerServices;
using Azure.Messaging.ServiceBus;

namespace Regional.Azure.Tests.Messaging;

/// <summary>
/// A <see cref="ServiceBusSender"/> with no broker behind it: batches come from the SDK's model factory with a limit
/// of <paramref name="messagesPerBatch"/> messages (or whatever <paramref name="fits"/> refuses), and every send is
/// recorded as the messages it held. The first <see cref="FailingSends"/> sends throw as a broker outage would.
/// </summary>
internal sealed class RecordingServiceBusSender(
    int messagesPerBatch = 100,
    long maxSizeInBytes = 256 * 1024,
    Func<ServiceBusMessage, bool>? fits = null) : ServiceBusSender
{
    private readonly ConditionalWeakTable<ServiceBusMessageBatch, List<ServiceBusMessage>> _contents = [];

    public List<IReadOnlyList<ServiceBusMessage>> Sends { get; } = [];

    public int BatchesCreated { get; private set; }

    public int FailingSends { get; set; }

    public IEnumerable<ServiceBusMessage> Sent => Sends.SelectMany(s => s);

    public override string EntityPath => "alerts";

    public override ValueTask<ServiceBusMessageBatch> CreateMessageBatchAsync(CancellationToken cancellationToken = default) =>
        CreateMessageBatchAsync(new CreateMessageBatchOptions(), cancellationToken);

    public override ValueTask<ServiceBusMessageBatch> CreateMessageBatchAsync(CreateMessageBatchOptions options, CancellationToken cancellationToken = default)
    {
        var store = new List<ServiceBusMessage>();
        var batch = ServiceBusModelFactory.ServiceBusMessageBatch(
            0,
            store,
            new CreateMessageBatchOptions { MaxSizeInBytes = maxSizeInBytes },
            message => store.Count < messagesPerBatch && (fits?.Invoke(message) ?? true));
        _contents.Add(batch, store);
        BatchesCreated++;
        return ValueTask.FromResult(batch);
    }

    public override Task SendMessagesAsync(ServiceBusMessageBatch messageBatch, CancellationToken cancellationToken = default)
    {
        if (FailingSends > 0)
        {
            FailingSends--;
            throw new ServiceBusException("The broker cannot be reached.", ServiceBusFailureReason.ServiceCommunicationProblem);
        }

        Sends.Add([.. _contents.TryGetValue(messageBatch, out var store) ? store : throw new InvalidOperationException("The batch was not made by this sender.")]);
        return Task.CompletedTask;
    }

    public override Task SendMessagesAsync(IEnumerable<ServiceBusMessage> messages, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("Notifications are sent in batches made by the sender.");

    public override Task SendMessageAsync(ServiceBusMessage message, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("Notifications are sent in batches made by the sender.");
}
