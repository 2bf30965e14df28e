using Microsoft.Extensions.Logging;
using Regional.Alerts.Outbox;
using Regional.Engine;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Messaging;

/// <summary>
/// Handles one message of the evaluation queue. A message that is not an evaluation request of the loaded catalog
/// will never succeed, so it is set aside with its reason at once; a failing evaluation is retried by the trigger.
/// After an evaluation the outbox is dispatched at once, so its notifications do not wait for the timer; a dispatch
/// that fails leaves them pending for the timer and does not fail the message (the evaluation is done).
/// </summary>
public sealed partial class EvaluateMessageHandler(
    IWorkQueue queue,
    ICatalogProvider catalogs,
    EvaluationPipeline evaluation,
    PoisonGuard guard,
    OutboxDispatcher dispatcher,
    ILogger<EvaluateMessageHandler> logger)
{
    public const string UnreadableMessage = "UnreadableMessage";
    public const string OtherCatalog = "OtherCatalog";

    /// <summary>The evaluation, or null when the message was set aside.</summary>
    public async Task<EvaluationResult?> HandleAsync(QueuedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = await EvaluateAsync(message, cancellationToken).ConfigureAwait(false);
        if (result is not null)
        {
            try
            {
                await dispatcher.DispatchAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDispatchFailed(logger, ex, result.Period.ToString());
            }
        }

        return result;
    }

    private Task<EvaluationResult?> EvaluateAsync(QueuedMessage message, CancellationToken cancellationToken)
    {
        return guard.RunAsync(message, async token =>
        {
            var text = await queue.ResolveAsync(message.Text, token).ConfigureAwait(false);
            if (!EvaluationRequest.TryParse(text, out var request, out var error))
            {
                await guard.SetAsideAsync(message, UnreadableMessage, error, token).ConfigureAwait(false);
                return null;
            }

            var catalogId = catalogs.Catalog.Info.Id;
            if (!string.Equals(request!.CatalogId, catalogId, StringComparison.Ordinal))
            {
                await guard.SetAsideAsync(message, OtherCatalog, $"the request is for catalog '{request.CatalogId}' but this app evaluates '{catalogId}'", token).ConfigureAwait(false);
                return null;
            }

            return await evaluation.EvaluateAsync(request, token).ConfigureAwait(false);
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evaluated {Period} but could not dispatch the outbox now; the dispatch timer retries")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string period);
}
