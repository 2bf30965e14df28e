using Microsoft.Extensions.Logging.Abstractions;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Azure.Tests.Alerts;
using Regional.Azure.Tests.Messaging;
using Regional.Storage;
using Regional.Tests.Shared;
using static Regional.Azure.Tests.Alerts.OutboxFixture;
using static Regional.Telemetry.TelemetryNames;

namespace Regional.Azure.Tests.Telemetry;

public sealed class DispatchTelemetryTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    [Fact]
    public async Task FailedRunCountsFailuresAndLeavesThemPendingThenTheRetryCountsThemSent()
    {
        using var recorder = new TelemetryRecorder();
        await Storage.Get<IOutbox>().AddAsync(CatalogId, Notifications(5), Storage.Clock.GetUtcNow());
        var transport = new FlakyTransport(QueueTransport(Storage), failures: 1);
        var dispatcher = Dispatcher(recorder, transport);

        await dispatcher.DispatchAsync();
        var afterFailure = (Failed: recorder.SumBy(Metrics.NotificationsFailed, Attributes.FailureReason), Pending: recorder.Of(Metrics.NotificationsPending).Select(m => m.Value).ToList());
        Storage.Clock.Advance(DispatchSettings.Default.FirstRetry);
        await dispatcher.DispatchAsync();

        Assert.Equal(new Dictionary<string, double> { [FailureReasons.TransportError] = 5 }, afterFailure.Failed);
        Assert.Equal([5.0], afterFailure.Pending);
        Assert.Equal(new Dictionary<string, double> { [transport.Name] = 5 }, recorder.SumBy(Metrics.NotificationsSent, Attributes.Transport));
        Assert.Equal([5.0, 0.0], recorder.Of(Metrics.NotificationsPending).Select(m => m.Value));
        var spans = recorder.Spans.Where(s => s.OperationName == Spans.Dispatch).ToList();
        Assert.Equal([(0, 5, 5), (5, 0, 0)], spans.Select(s => ((int)s.GetTagItem(Attributes.SentCount)!, (int)s.GetTagItem(Attributes.FailedCount)!, (int)s.GetTagItem(Attributes.PendingCount)!)));
    }

    [Fact]
    public async Task NotificationTooLargeForTheTransportIsCountedAsFailedForThatReasonAndNotPending()
    {
        using var recorder = new TelemetryRecorder();
        var notifications = Notifications(3);
        await Storage.Get<IOutbox>().AddAsync(CatalogId, notifications, Storage.Clock.GetUtcNow());
        var transport = new RefusingTransport(QueueTransport(Storage), notifications[1].Id);

        await Dispatcher(recorder, transport).DispatchAsync();

        Assert.Equal(new Dictionary<string, double> { [FailureReasons.TooLarge] = 1 }, recorder.SumBy(Metrics.NotificationsFailed, Attributes.FailureReason));
        Assert.Equal(2, recorder.Of(Metrics.NotificationsSent).Sum(m => m.Value));
        Assert.Equal([0.0], recorder.Of(Metrics.NotificationsPending).Select(m => m.Value));
        Assert.Equal(1, recorder.Span(Spans.Dispatch).GetTagItem(Attributes.SetAsideCount));
    }

    private OutboxDispatcher Dispatcher(TelemetryRecorder recorder, INotificationTransport transport) =>
        new(SichuanNotifications.Catalogs, Storage.Get<IOutbox>(), transport, DispatchSettings.Default, Storage.Clock, NullLogger<OutboxDispatcher>.Instance, recorder.Telemetry);

    /// <summary>A transport that cannot carry one notification (as a message-size limit would refuse it) and sends the rest.</summary>
    private sealed class RefusingTransport(INotificationTransport inner, string refusedId) : INotificationTransport
    {
        public string Name => inner.Name;

        public Task SendAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default) =>
            notifications.Any(n => n.Id == refusedId)
                ? throw new NotificationTooLargeException(refusedId, 300_000, 262_144)
                : inner.SendAsync(notifications, cancellationToken);
    }
}
