using System.Text;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Messaging;

/// <summary>
/// Handles one message of the ingest queue: its text is a submission (JSON envelope, SDMX-CSV, SDMX-JSON, SDMX-ML), a
/// binary one (an Excel template) as a data URI, or a claim-check reference to either. A bad submission is a recorded rejection, not a failure, so it never blocks the
/// queue; only storage trouble fails the message, and its last failure is recorded by the <see cref="PoisonGuard"/>.
/// </summary>
public sealed class IngestMessageHandler(IWorkQueue queue, IngestionPipeline ingestion, PoisonGuard guard, TimeProvider clock)
{
    public const string Channel = "queue";

    public Task<IngestOutcome> HandleAsync(QueuedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return guard.RunAsync(message, async token =>
        {
            var text = await queue.ResolveAsync(message.Text, token).ConfigureAwait(false);

            // No per-message name: the same payload sent as three messages is one submission, identified by its content.
            var origin = new IngestOrigin(Channel, string.Empty, $"{message.QueueName} queue", clock.GetUtcNow());
            return BinaryPayloadText.TryDecode(text, out var binary, out var mediaType)
                ? await ingestion.IngestAsync(binary, mediaType, origin, token).ConfigureAwait(false)
                : await ingestion.IngestAsync(Encoding.UTF8.GetBytes(text), null, origin, token).ConfigureAwait(false);
        }, cancellationToken);
    }
}
