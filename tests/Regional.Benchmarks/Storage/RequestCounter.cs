using Azure.Core;
using Azure.Core.Pipeline;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// Counts the HTTP requests the storage clients send, by service (an entity-group transaction is one request, each
/// retry another), so a run can report storage requests per observation. Azurite tells its services apart by port.
/// </summary>
public sealed class RequestCounter(int tablePort, int queuePort) : HttpPipelineSynchronousPolicy
{
    private long _tables;
    private long _blobs;
    private long _queues;

    public long Tables => Interlocked.Read(ref _tables);

    public long Blobs => Interlocked.Read(ref _blobs);

    public long Queues => Interlocked.Read(ref _queues);

    public long Total => Tables + Blobs + Queues;

    public void Reset()
    {
        Interlocked.Exchange(ref _tables, 0);
        Interlocked.Exchange(ref _blobs, 0);
        Interlocked.Exchange(ref _queues, 0);
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var port = message.Request.Uri.Port;
        if (port == tablePort)
        {
            Interlocked.Increment(ref _tables);
        }
        else if (port == queuePort)
        {
            Interlocked.Increment(ref _queues);
        }
        else
        {
            Interlocked.Increment(ref _blobs);
        }
    }
}
