using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// Counts the HTTP requests the storage clients send and the time each spends in flight, by kind (an entity-group
/// transaction is one request, each retry another), so a run can report storage requests per observation and where
/// the pipeline waits. Azurite tells its services apart by port.
/// </summary>
public sealed class RequestCounter(int tablePort, int queuePort) : HttpPipelinePolicy
{
    private readonly Tally[] _tallies = [.. Enum.GetValues<RequestKind>().Select(_ => new Tally())];

    public long Tables => Count(RequestKind.TableTransaction) + Count(RequestKind.TableQuery) + Count(RequestKind.TableOther);

    public long Blobs => Count(RequestKind.Blob);

    public long Queues => Count(RequestKind.Queue);

    public long Total => _tallies.Sum(t => Interlocked.Read(ref t.Count));

    public long Count(RequestKind kind) => Interlocked.Read(ref _tallies[(int)kind].Count);

    /// <summary>Time requests of this kind were in flight, summed over requests (concurrent requests add up).</summary>
    public TimeSpan InFlight(RequestKind kind) => TimeSpan.FromTicks(Interlocked.Read(ref _tallies[(int)kind].Ticks));

    public void Reset()
    {
        foreach (var tally in _tallies)
        {
            Interlocked.Exchange(ref tally.Count, 0);
            Interlocked.Exchange(ref tally.Ticks, 0);
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var started = Stopwatch.GetTimestamp();
        try
        {
            ProcessNext(message, pipeline);
        }
        finally
        {
            Add(message, started);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        finally
        {
            Add(message, started);
        }
    }

    private void Add(HttpMessage message, long started)
    {
        var tally = _tallies[(int)Classify(message.Request)];
        Interlocked.Increment(ref tally.Count);
        Interlocked.Add(ref tally.Ticks, Stopwatch.GetElapsedTime(started).Ticks);
    }

    private RequestKind Classify(Request request)
    {
        var port = request.Uri.Port;
        if (port == queuePort)
        {
            return RequestKind.Queue;
        }

        if (port != tablePort)
        {
            return RequestKind.Blob;
        }

        var path = request.Uri.Path;
        if (path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            return RequestKind.TableTransaction;
        }

        return request.Method == RequestMethod.Get ? RequestKind.TableQuery : RequestKind.TableOther;
    }

    private sealed class Tally
    {
        public long Count;
        public long Ticks;
    }
}
