using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Alerts.Lifecycle;

/// <summary>
/// Acknowledges and closes stored alerts. The change is written under the record's version; when an evaluation or
/// another person changed the record in between, it is read again and the decision retaken on the fresh record. A
/// caller that names the version it saw (a <c>precondition</c>, from If-Match) is refused instead of being decided
/// again on a record it has not seen. A write that loses its race on every attempt throws
/// <see cref="ConcurrencyConflictException"/>, for the caller to answer as a conflict.
/// </summary>
public sealed class AlertResponder(ICatalogProvider catalogs, IAlertStore alerts, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    public Task<AlertResponseDecision> AcknowledgeAsync(string alertId, string note, string owner, string? commitment, DateOnly? due, CancellationToken cancellationToken = default) =>
        AcknowledgeAsync(alertId, note, owner, commitment, due, null, null, cancellationToken);

    /// <summary>Acknowledges as <paramref name="actor"/>, when <paramref name="precondition"/> (if any) holds for the stored alert.</summary>
    public Task<AlertResponseDecision> AcknowledgeAsync(
        string alertId,
        string note,
        string owner,
        string? commitment,
        DateOnly? due,
        AlertActor? actor,
        Func<AlertRecord, bool>? precondition,
        CancellationToken cancellationToken = default) =>
        RespondAsync(alertId, record => AlertResponses.Acknowledge(record, note, owner, commitment, due, clock.GetUtcNow(), actor), precondition, cancellationToken);

    public Task<AlertResponseDecision> CloseAsync(string alertId, string? note, string? actor, CancellationToken cancellationToken = default) =>
        RespondAsync(alertId, record => AlertResponses.Close(record, note, actor, clock.GetUtcNow()), null, cancellationToken);

    /// <summary>Closes as <paramref name="actor"/>, when <paramref name="precondition"/> (if any) holds for the stored alert.</summary>
    public Task<AlertResponseDecision> CloseAsync(string alertId, string? note, AlertActor actor, Func<AlertRecord, bool>? precondition, CancellationToken cancellationToken = default) =>
        RespondAsync(alertId, record => AlertResponses.Close(record, note, null, clock.GetUtcNow(), actor), precondition, cancellationToken);

    private async Task<AlertResponseDecision> RespondAsync(string alertId, Func<AlertRecord, AlertResponseDecision> decide, Func<AlertRecord, bool>? precondition, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alertId);
        var catalogId = catalogs.Catalog.Info.Id;
        for (var attempt = 1; ; attempt++)
        {
            var record = await alerts.GetAsync(catalogId, alertId, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return new AlertResponseDecision(null, null, [$"no alert {alertId}"]);
            }

            if (precondition is not null && !precondition(record))
            {
                return new AlertResponseDecision(null, null, [$"alert {alertId} is not at the version named"], PreconditionFailed: true);
            }

            var decision = decide(record);
            if (!decision.Accepted)
            {
                return decision;
            }

            try
            {
                await alerts.RespondAsync(catalogId, alertId, decision.Response!, decision.Event!, record.Version, cancellationToken).ConfigureAwait(false);
                return decision;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
            }
        }
    }
}
