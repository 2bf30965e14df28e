using Microsoft.Extensions.Logging;
using Regional.Alerts.Contacts;
using Regional.Alerts.Notifications;
using Regional.Pipeline;
using Regional.Storage;
using Regional.Telemetry;
using static Regional.Telemetry.TelemetryNames;

namespace Regional.Alerts.Outbox;

/// <summary>
/// Sends what is due in the outbox through the transport, in batches, and marks it sent. A failed send is recorded on
/// every entry of the batch (attempts, last error, next attempt with a growing wait) and ends the run: the transport
/// is likely down, and the timer will try again. A notification too large for the transport is set aside.
/// <para>
/// Exactly once in effect: an entry is marked sent only after the transport confirmed it, so a crash in between
/// sends it again with the same id, which Service Bus duplicate detection drops (Storage-queue consumers dedupe on
/// the id). Entries being sent are held under a lease, so two dispatchers do not send the same batch at once.
/// </para>
/// <para>
/// Each run is one <see cref="TelemetryNames.Spans.Dispatch"/> span; sends and failures are counted as they happen and
/// the number still pending is recorded once the run is over.
/// </para>
/// </summary>
public sealed partial class OutboxDispatcher(
    ICatalogProvider catalogs,
    IOutbox outbox,
    INotificationTransport transport,
    DispatchSettings settings,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger,
    RegionalTelemetry? telemetry = null,
    INotificationExpansion? expansion = null)
{
    private readonly RegionalTelemetry _telemetry = telemetry ?? RegionalTelemetry.Default;

    /// <summary>Bounds one run, so a steady stream of new notifications cannot keep a timer run going forever.</summary>
    private const int MaxBatchesPerRun = 100;

    public async Task<DispatchReport> DispatchAsync(CancellationToken cancellationToken = default)
    {
        var catalogId = catalogs.Catalog.Info.Id;
        using var span = _telemetry.StartSpan(Spans.Dispatch);
        span?.SetTag(Attributes.CatalogId, catalogId);
        span?.SetTag(Attributes.Transport, transport.Name);
        try
        {
            var report = await SendDueAsync(catalogId, cancellationToken).ConfigureAwait(false);
            if (expansion is not null)
            {
                report = report with { Deliveries = await expansion.DeliverDueAsync(cancellationToken).ConfigureAwait(false) };
            }

            // Counted after the run, from the outbox's own index of pending entries: what the next runs still have to send.
            var pending = await outbox.CountPendingAsync(catalogId, cancellationToken).ConfigureAwait(false);
            _telemetry.NotificationsPending(catalogId, pending);
            span?.SetTag(Attributes.SentCount, report.Sent);
            span?.SetTag(Attributes.FailedCount, report.Failed);
            span?.SetTag(Attributes.SetAsideCount, report.SetAside);
            span?.SetTag(Attributes.PendingCount, pending);
            return report;
        }
        catch (Exception ex) when (span.Failed(ex))
        {
            throw;
        }
    }

    private async Task<DispatchReport> SendDueAsync(string catalogId, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0, setAside = 0;
        var sentIds = new List<string>();
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            var now = clock.GetUtcNow();
            var due = await outbox.ClaimDueAsync(catalogId, now, settings.BatchSize, settings.Lease, cancellationToken).ConfigureAwait(false);
            if (due.Count == 0)
            {
                break;
            }

            try
            {
                // Deliveries to contact points are stored first (idempotent): a transport outage then delays only the
                // transport, and a notification expanded again adds nothing.
                if (expansion is not null)
                {
                    await expansion.ExpandAsync(catalogId, [.. due.Select(e => e.Notification)], cancellationToken).ConfigureAwait(false);
                }

                await transport.SendAsync([.. due.Select(e => e.Notification)], cancellationToken).ConfigureAwait(false);
            }
            catch (NotificationTooLargeException ex) when (due.Any(e => e.Id == ex.NotificationId))
            {
                // Only that one can never go; the others are due again at once.
                var tooLarge = due.Single(e => e.Id == ex.NotificationId);
                await outbox.RecordFailureAsync(
                    catalogId,
                    [.. due.Select(e => e == tooLarge
                        ? e with { Status = OutboxStatus.Failed, Attempts = e.Attempts + 1, LastError = ex.Message, NextAttemptAt = now }
                        : e with { NextAttemptAt = now })],
                    cancellationToken).ConfigureAwait(false);
                setAside++;
                _telemetry.NotificationsFailed(transport.Name, FailureReasons.TooLarge, 1);
                LogSetAside(logger, tooLarge.Id, transport.Name, ex.Message);
                continue;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await outbox.RecordFailureAsync(
                    catalogId,
                    [.. due.Select(e => e with { Attempts = e.Attempts + 1, LastError = $"{ex.GetType().Name}: {ex.Message}", NextAttemptAt = settings.NextAttempt(e.Attempts + 1, now) })],
                    cancellationToken).ConfigureAwait(false);
                failed += due.Count;
                _telemetry.NotificationsFailed(transport.Name, FailureReasons.TransportError, due.Count);
                LogFailed(logger, ex, due.Count, transport.Name);
                break;
            }

            await outbox.MarkSentAsync(catalogId, [.. due.Select(e => e.Id)], clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            sent += due.Count;
            _telemetry.NotificationsSent(transport.Name, due.Count);
            sentIds.AddRange(due.Select(e => e.Id));
        }

        if (sent > 0)
        {
            LogSent(logger, sent, transport.Name);
        }

        return new DispatchReport(sent, failed, setAside, sentIds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispatched {Count} notifications over {Transport}")]
    private static partial void LogSent(ILogger logger, int count, string transport);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {Count} notifications over {Transport} failed; they stay pending and are retried")]
    private static partial void LogFailed(ILogger logger, Exception exception, int count, string transport);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification {NotificationId} cannot be sent over {Transport} and is set aside: {Reason}")]
    private static partial void LogSetAside(ILogger logger, string notificationId, string transport, string reason);
}
