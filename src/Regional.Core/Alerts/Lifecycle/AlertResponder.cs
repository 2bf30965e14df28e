using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Alerts.Lifecycle;

/// <summary>
/// Acknowledges and closes stored alerts. The change is written under the record's version; when an evaluation or
/// another person changed the record in between, it is read again and the decision retaken on the fresh record.
/// </summary>
public sealed class AlertResponder(ICatalogProvider catalogs, IAlertStore alerts, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    public Task<AlertResponseDecision> AcknowledgeAsync(string alertId, string note, string owner, string? commitment, DateOnly? due, CancellationToken cancellationToken = default) =>
        RespondAsync(alertId, record => AlertResponses.Acknowledge(record, note, owner, commitment, due, clock.GetUtcNow()), cancellationToken);

    public Task<AlertResponseDecision> CloseAsync(string alertId, string? note, string? actor, CancellationToken cancellationToken = default) =>
        RespondAsync(alertId, record => AlertResponses.Close(record, note, actor, clock.GetUtcNow()), cancellationToken);

    private async Task<AlertResponseDecision> RespondAsync(string alertId, Func<AlertRecord, AlertResponseDecision> decide, CancellationToken cancellationToken)
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
