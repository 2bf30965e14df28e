using System.ComponentModel.DataAnnotations;
using Regional.Messaging;

namespace Regional.Azure.Pipeline;

/// <summary>
/// The queue trigger's number of tries, read from the app setting that overrides host.json's
/// <c>extensions.queues.maxDequeueCount</c> (<c>AzureFunctionsJobHost__extensions__queues__maxDequeueCount</c>);
/// without it, the default equals the value in host.json.
/// </summary>
public sealed class QueueRetryOptions
{
    public const string Section = "AzureFunctionsJobHost:extensions:queues";

    [Range(1, 1000)]
    public int MaxDequeueCount { get; set; } = QueueRetrySettings.DefaultMaxDequeueCount;
}
