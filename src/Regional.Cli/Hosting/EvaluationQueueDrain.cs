using Regional.Engine;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Cli.Hosting;

/// <summary>
/// Does in the command line what the queue-triggered evaluation function does in Azure: takes the evaluation requests
/// ingestion queued for this catalog, evaluates each requested period once, oldest first (so alert states evolve in
/// period order), and completes the requests. Requests for other catalogs are left on the queue.
/// </summary>
internal sealed class EvaluationQueueDrain(IWorkQueue queue, EvaluationPipeline pipeline, PipelineSettings settings, ICatalogProvider catalogs)
{
    private const int BatchSize = 32;

    // Long enough that a request received early in a large drain is not handed out again before it is completed.
    private static readonly TimeSpan Visibility = TimeSpan.FromMinutes(10);

    /// <summary>Receives every waiting request for this catalog, by period.</summary>
    public async Task<PendingEvaluations> ReceiveAsync(CancellationToken cancellationToken)
    {
        var catalogId = catalogs.Catalog.Info.Id;
        var received = new Dictionary<string, (WorkItem Item, EvaluationRequest Request)>(StringComparer.Ordinal);
        while (true)
        {
            var batch = await queue.ReceiveAsync(settings.EvaluateQueue, BatchSize, Visibility, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var item in batch)
            {
                if (EvaluationRequest.TryParse(item.Body, out var request, out _) && request!.CatalogId == catalogId)
                {
                    received[item.MessageId] = (item, request);
                }
            }
        }

        return new PendingEvaluations([.. received.Values]);
    }

    /// <summary>Evaluates <paramref name="periods"/> and every requested period in order, then completes the requests.</summary>
    public async Task<IReadOnlyList<EvaluationResult>> EvaluateAsync(PendingEvaluations pending, IEnumerable<Period> periods, CancellationToken cancellationToken)
    {
        var results = new List<EvaluationResult>();
        foreach (var period in periods.Concat(pending.Periods).Distinct().Order())
        {
            var requests = pending.For(period);
            var submissionIds = requests.SelectMany(r => r.Request.SubmissionIds).Distinct(StringComparer.Ordinal).ToList();
            results.Add(await pipeline.EvaluateAsync(period, submissionIds, cancellationToken).ConfigureAwait(false));
            foreach (var (item, _) in requests)
            {
                await queue.CompleteAsync(item, cancellationToken).ConfigureAwait(false);
            }
        }

        return results;
    }

    public async Task<IReadOnlyList<EvaluationResult>> DrainAsync(CancellationToken cancellationToken) =>
        await EvaluateAsync(await ReceiveAsync(cancellationToken).ConfigureAwait(false), [], cancellationToken).ConfigureAwait(false);
}

/// <summary>Evaluation requests received from the queue and not yet completed.</summary>
internal sealed record PendingEvaluations(IReadOnlyList<(WorkItem Item, EvaluationRequest Request)> Requests)
{
    public IEnumerable<Period> Periods => Requests.Select(r => r.Request.Period).Distinct();

    public IReadOnlyList<(WorkItem Item, EvaluationRequest Request)> For(Period period) =>
        [.. Requests.Where(r => r.Request.Period == period)];
}
