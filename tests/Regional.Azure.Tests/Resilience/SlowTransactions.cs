using Azure.Core;
using Azure.Core.Pipeline;

namespace Regional.Azure.Tests.Resilience;

/// <summary>
/// Lets the first <c>holdAfter</c> entity-group transactions through and holds every later one until
/// <see cref="Release"/>, as a connection that stalls would: a large write is then certain to be in the middle when the
/// emulator is killed, however fast the machine is. Counts the transactions that succeeded.
/// </summary>
internal sealed class SlowTransactions(int holdAfter) : HttpPipelinePolicy
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;
    private int _succeeded;

    public int Succeeded => Volatile.Read(ref _succeeded);

    public int Held => Math.Max(0, Volatile.Read(ref _started) - holdAfter);

    public void Release() => _released.TrySetResult();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The storage adapters only call asynchronously.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var isTransaction = message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal);
        if (isTransaction && Interlocked.Increment(ref _started) > holdAfter)
        {
            await _released.Task.WaitAsync(message.CancellationToken);
        }

        await ProcessNextAsync(message, pipeline);
        if (isTransaction && message.HasResponse && message.Response.Status == 202)
        {
            Interlocked.Increment(ref _succeeded);
        }
    }
}
