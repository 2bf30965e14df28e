using Regional.Engine;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Messaging;

/// <summary>
/// Handles one message of the evaluation queue. A message that is not an evaluation request of the loaded catalog
/// will never succeed, so it is set aside with its reason at once; a failing evaluation is retried by the trigger.
/// </summary>
public sealed class EvaluateMessageHandler(IWorkQueue queue, ICatalogProvider catalogs, EvaluationPipeline evaluation, PoisonGuard guard)
{
    public const string UnreadableMessage = "UnreadableMessage";
    public const string OtherCatalog = "OtherCatalog";

    /// <summary>The evaluation, or null when the message was set aside.</summary>
    public Task<EvaluationResult?> HandleAsync(QueuedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
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
}
