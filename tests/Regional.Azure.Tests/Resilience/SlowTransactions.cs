using Azure.Core;
using Azure.Core.Pipeline;

namespace Regional.Azure.Tests.Resilience;

/// <summary>
/// Delays every entity-group transaction by a fixed time, as a slow network would, so a large write lasts long enough
/// for the emulator to be killed in the middle of it. Counts the transactions that succeeded.
/// </summary>
internal sealed class SlowTransactions(TimeSpan delay) : HttpPipelinePolicy
{
    private int _succeeded;

    public int Succeeded => Volatile.Read(ref _succeeded);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The storage adapters only call asynchronously.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var isTransaction = message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal);
        if (isTransaction)
        {
            await Task.Delay(delay, message.CancellationToken);
        }

        await ProcessNextAsync(message, pipeline);
        if (isTransaction && message.HasResponse && message.Response.Status == 202)
        {
            Interlocked.Increment(ref _succeeded);
        }
    }
}
