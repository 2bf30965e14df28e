using Regional.Alerts;
using Regional.Alerts.Lifecycle;

namespace Regional.Storage;

/// <summary>
/// Alert episodes, their history and the human response. The system side (<see cref="RecordAsync"/>) never touches
/// the response and is idempotent by episode and event id; the response is changed only under the record's version
/// (<see cref="RespondAsync"/>), so two people answering at once cannot overwrite each other unnoticed.
/// </summary>
public interface IAlertStore
{
    /// <summary>The catalog's alerts, optionally only those of one condition or one region, newest episode first.</summary>
    Task<IReadOnlyList<AlertRecord>> ListAsync(string catalogId, AlertCondition? condition = null, string? regionCode = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="size"/> alerts matching <paramref name="query"/> in listing order (newest start period
    /// first, then id), starting after <paramref name="after"/> (null: from the first), reading only as far as the
    /// page needs; <see cref="AlertRecordPage.HasMore"/> tells whether another matching alert follows. The records
    /// carry no <see cref="AlertRecord.Version"/>: read the alert (<see cref="GetAsync"/>) before responding to it.
    /// </summary>
    Task<AlertRecordPage> ListPageAsync(string catalogId, AlertQuery query, AlertPosition? after, int size, CancellationToken cancellationToken = default);

    Task<AlertRecord?> GetAsync(string catalogId, string alertId, CancellationToken cancellationToken = default);

    /// <summary>The alert's history, oldest first.</summary>
    Task<IReadOnlyList<AlertEvent>> HistoryAsync(string catalogId, string alertId, CancellationToken cancellationToken = default);

    /// <summary>Saves episodes (their system side only) and adds history lines; a line already stored is kept once.</summary>
    Task RecordAsync(string catalogId, IReadOnlyList<AlertEpisode> episodes, IReadOnlyList<AlertEvent> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the response of the alert and adds its history line, if the record is still at
    /// <paramref name="expectedVersion"/> (null: nobody has responded yet); otherwise throws
    /// <see cref="ConcurrencyConflictException"/>. Returns the new version.
    /// </summary>
    Task<string> RespondAsync(string catalogId, string alertId, AlertResponse response, AlertEvent line, string? expectedVersion, CancellationToken cancellationToken = default);
}
