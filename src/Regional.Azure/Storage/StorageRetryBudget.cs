using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace Regional.Azure.Storage;

/// <summary>
/// One retry budget shared by the Table, Blob and Queue clients of the process. The SDK's own policy retries each
/// request on its own (three times, with delays up to a minute), so a command that makes several requests while storage
/// is down waits for each in turn. Here the clock starts at the first failure: retries go on while the failures have
/// lasted less than <see cref="StorageOptions.RetryBudget"/> (less twice the longest delay), after that every request fails
/// at its first error, until a request succeeds and the budget is whole again. A blip is still ridden out; an outage is
/// reported within the budget instead of after every request's retries.
/// </summary>
/// <para>
/// The budget measures real elapsed time (<see cref="TimeProvider.System"/>), not the application's clock: an outage
/// lasts as long as it lasts, whatever time the evaluation is told it is.
/// </para>
public sealed class StorageRetryBudget(IOptions<StorageOptions> options) : IDisposable
{
    /// <summary>The longest delay between two tries (the SDK's default allows a minute).</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    private static readonly TimeProvider Clock = TimeProvider.System;

    // One connection pool for every client. A connection that cannot be opened within the budget is storage down; a
    // request on an open connection keeps the SDK's network timeout, since a busy account answers slowly but answers.
    private readonly Lazy<HttpClientTransport> _transport = new(() => new HttpClientTransport(new SocketsHttpHandler
    {
        ConnectTimeout = options.Value.RetryBudget,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    }));

    private readonly Lock _gate = new();
    private long? _failingSince;

    public TimeSpan Budget => options.Value.RetryBudget;

    /// <summary>
    /// Sets the budget's policy on a client's options, keeping their number of retries and first delay (capped at
    /// <see cref="MaxDelay"/>), and the shared transport whose connection attempts give up within the budget.
    /// </summary>
    public void Apply(ClientOptions clientOptions)
    {
        ArgumentNullException.ThrowIfNull(clientOptions);
        var retry = clientOptions.Retry;
        var maxDelay = retry.MaxDelay < MaxDelay ? retry.MaxDelay : MaxDelay;
        var delay = retry.Delay < maxDelay ? retry.Delay : maxDelay;
        clientOptions.RetryPolicy = new BudgetedRetryPolicy(this, retry.MaxRetries, DelayStrategy.CreateExponentialDelayStrategy(delay, maxDelay));
        clientOptions.Transport = _transport.Value;
    }

    public void Dispose()
    {
        if (_transport.IsValueCreated)
        {
            _transport.Value.Dispose();
        }
    }

    /// <summary>True while a retry still fits in the budget; the first failure starts the clock.</summary>
    internal bool AllowsRetry()
    {
        lock (_gate)
        {
            var now = Clock.GetTimestamp();
            _failingSince ??= now;
            // Room for the delay before this retry and for one more failing try after it.
            return Clock.GetElapsedTime(_failingSince.Value, now) + MaxDelay + MaxDelay < Budget;
        }
    }

    /// <summary>A request got an answer that is not a failure: storage is back, the budget is whole.</summary>
    internal void Succeeded()
    {
        lock (_gate)
        {
            _failingSince = null;
        }
    }

    private sealed class BudgetedRetryPolicy(StorageRetryBudget budget, int maxRetries, DelayStrategy delay)
        : RetryPolicy(maxRetries, delay)
    {
        protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
            base.ShouldRetry(message, exception) && budget.AllowsRetry();

        protected override async ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) =>
            await base.ShouldRetryAsync(message, exception).ConfigureAwait(false) && budget.AllowsRetry();

        protected override void OnRequestSent(HttpMessage message)
        {
            if (message.HasResponse && !message.ResponseClassifier.IsRetriableResponse(message))
            {
                budget.Succeeded();
            }
        }

        protected override ValueTask OnRequestSentAsync(HttpMessage message)
        {
            OnRequestSent(message);
            return ValueTask.CompletedTask;
        }
    }
}
