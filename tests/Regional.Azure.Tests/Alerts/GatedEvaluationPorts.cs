using Regional.Alerts;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Storage;

namespace Regional.Azure.Tests.Alerts;

/// <summary>
/// Stops one evaluation at a chosen step so a test can interleave two of them exactly: <see cref="StateWrite"/> before
/// its first alert-state write, <see cref="Release"/> before its first outbox release. Each gate stops once; later
/// calls go straight through to the real store. Records the notifications each attempt wrote held.
/// </summary>
internal sealed class GatedEvaluationPorts(IAlertStateStore states, IOutbox outbox)
{
    public Gate StateWrite { get; } = new();

    public Gate Release { get; } = new();

    public IAlertStateStore States => new GatedStates(this, states);

    /// <summary>The notifications of each attempt, in order.</summary>
    public List<IReadOnlyList<Notification>> Attempts { get; } = [];

    public IOutbox Outbox => new GatedOutbox(this, outbox);

    /// <summary>A point the evaluation reports reaching and then waits at until the test opens it.</summary>
    internal sealed class Gate
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _passed;

        public Task Reached => _reached.Task;

        public void Open() => _open.TrySetResult();

        public async Task PassAsync(CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _passed, 1) == 1)
            {
                return;
            }

            _reached.TrySetResult();
            await _open.Task.WaitAsync(cancellationToken);
        }
    }

    private sealed class GatedStates(GatedEvaluationPorts ports, IAlertStateStore inner) : IAlertStateStore
    {
        public Task<AlertStateSnapshot> ReadAsync(string catalogId, CancellationToken cancellationToken = default) => inner.ReadAsync(catalogId, cancellationToken);

        public async Task<string> WriteAsync(string catalogId, IReadOnlyList<AlertState> next, string? expectedVersion, CancellationToken cancellationToken = default)
        {
            await ports.StateWrite.PassAsync(cancellationToken);
            return await inner.WriteAsync(catalogId, next, expectedVersion, cancellationToken);
        }
    }

    private sealed class GatedOutbox(GatedEvaluationPorts ports, IOutbox inner) : IOutbox
    {
        public Task<int> AddAsync(string catalogId, IReadOnlyList<Notification> notifications, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            inner.AddAsync(catalogId, notifications, now, cancellationToken);

        public Task<int> AddHeldAsync(string catalogId, IReadOnlyList<Notification> notifications, OutboxHold hold, DateTimeOffset now, CancellationToken cancellationToken = default)
        {
            lock (ports.Attempts)
            {
                ports.Attempts.Add(notifications);
            }

            return inner.AddHeldAsync(catalogId, notifications, hold, now, cancellationToken);
        }

        public async Task<int> ReleaseAsync(string catalogId, IReadOnlyList<string> notificationIds, DateTimeOffset now, CancellationToken cancellationToken = default)
        {
            await ports.Release.PassAsync(cancellationToken);
            return await inner.ReleaseAsync(catalogId, notificationIds, now, cancellationToken);
        }

        public Task<int> DiscardAsync(string catalogId, IReadOnlyList<string> notificationIds, string holder, CancellationToken cancellationToken = default) =>
            inner.DiscardAsync(catalogId, notificationIds, holder, cancellationToken);

        public Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(string catalogId, DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default) =>
            inner.ClaimDueAsync(catalogId, now, max, lease, cancellationToken);

        public Task MarkSentAsync(string catalogId, IReadOnlyList<string> notificationIds, DateTimeOffset sentAt, CancellationToken cancellationToken = default) =>
            inner.MarkSentAsync(catalogId, notificationIds, sentAt, cancellationToken);

        public Task RecordFailureAsync(string catalogId, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken = default) =>
            inner.RecordFailureAsync(catalogId, entries, cancellationToken);

        public Task<IReadOnlyList<OutboxEntry>> ListAsync(string catalogId, OutboxView view, CancellationToken cancellationToken = default) =>
            inner.ListAsync(catalogId, view, cancellationToken);

        public Task<int> CountPendingAsync(string catalogId, CancellationToken cancellationToken = default) =>
            inner.CountPendingAsync(catalogId, cancellationToken);
    }
}
