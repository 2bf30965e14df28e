using Regional.Alerts.Notifications;

namespace Regional.Azure.Tests.Alerts;

/// <summary>
/// A transport in front of a real one that fails its first <c>failures</c> sends (an outage), or, with
/// <c>failAfterSending</c>, delivers and then fails as a crash before the outbox hears of it would.
/// </summary>
internal sealed class FlakyTransport(INotificationTransport inner, int failures, bool failAfterSending = false) : INotificationTransport
{
    private int _calls;

    public string Name => "flaky " + inner.Name;

    public int Calls => _calls;

    public async Task SendAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default)
    {
        var call = Interlocked.Increment(ref _calls);
        if (call <= failures && !failAfterSending)
        {
            throw new InvalidOperationException($"transport unavailable (call {call})");
        }

        await inner.SendAsync(notifications, cancellationToken);
        if (call <= failures)
        {
            throw new TimeoutException($"no confirmation (call {call})");
        }
    }
}
