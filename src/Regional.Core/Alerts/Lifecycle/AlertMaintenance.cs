using Microsoft.Extensions.Logging;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Alerts.Lifecycle;

/// <summary>
/// The timer's alert check (<see cref="AlertChecks"/>) over storage: reads the firing alerts and the silences, and
/// writes the history lines, the episodes and the notifications to the outbox (the dispatcher sends them).
/// </summary>
public sealed partial class AlertMaintenance(
    ICatalogProvider catalogs,
    IAlertStore alerts,
    ISilenceStore silences,
    IOutbox outbox,
    TimeProvider clock,
    ILogger<AlertMaintenance> logger)
{
    public async Task<AlertBook> RunAsync(CancellationToken cancellationToken = default)
    {
        var catalog = catalogs.Catalog;
        var now = clock.GetUtcNow();
        var firing = await alerts.ListAsync(catalog.Info.Id, AlertCondition.Firing, cancellationToken: cancellationToken).ConfigureAwait(false);
        var known = await silences.ListAsync(catalog.Info.Id, cancellationToken).ConfigureAwait(false);
        var book = AlertChecks.Run(catalog, firing, known, now);
        if (book.IsEmpty)
        {
            return book;
        }

        // Notifications first: a run stopped after this point is repeated, and the same ids are not stored twice.
        await outbox.AddAsync(catalog.Info.Id, book.Notifications, now, cancellationToken).ConfigureAwait(false);
        await alerts.RecordAsync(catalog.Info.Id, book.Episodes, book.Events, cancellationToken).ConfigureAwait(false);
        LogChecked(logger, book.Notifications.Length, book.Events.Length);
        return book;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert check queued {Notifications} notifications ({Events} reminders, follow-ups and releases)")]
    private static partial void LogChecked(ILogger logger, int notifications, int events);
}
