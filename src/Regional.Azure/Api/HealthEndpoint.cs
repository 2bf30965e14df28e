using System.Collections.Immutable;
using Azure;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Regional.Api;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Api.Routes;
using Regional.Azure.Storage;
using Regional.Messaging;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Azure.Api;

/// <summary>
/// GET /api/health, anonymous: up or down (<see cref="HealthSummary"/>) to anyone, and to a signed-in caller with a
/// role the API knows the details: whether storage answers, how long ago a submission was last ingested (looking back
/// a week of the daily index) and an evaluation last ran (the recent months, quarters, half-years and years), and how
/// many messages wait in the work and poison queues, and how many deliveries to contact points failed for good
/// (degraded while any has: `regional outbox failed` lists them). The answer is kept for <see cref="CacheFor"/> so that an
/// anonymous caller cannot turn the probe into storage load.
/// </summary>
public sealed class HealthEndpoint(
    ICatalogProvider catalogs,
    ISubmissionStore submissions,
    IEvaluationStore evaluations,
    QueueServiceClient queues,
    IOptions<StorageOptions> storage,
    TimeProvider clock,
    ApiGate gate,
    IDeliveryOutbox? deliveries = null)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (HealthView View, DateTimeOffset At)? _last;

    public Task<ApiResponse> CheckAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Health, request, async (call, token) =>
        {
            var view = await CurrentAsync(token).ConfigureAwait(false);
            var status = view.Status == HealthStatus.Unhealthy ? 503 : 200;
            var answer = call.Caller.IsSignedIn ? ApiResponse.Json(status, view) : ApiResponse.Json(status, view.Summary);
            return answer.WithHeader("Cache-Control", "no-store");
        }, cancellationToken);

    private async Task<HealthView> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_last is { } fresh && clock.GetUtcNow() - fresh.At < CacheFor)
        {
            return fresh.View;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_last is { } again && clock.GetUtcNow() - again.At < CacheFor)
            {
                return again.View;
            }

            var view = await ProbeAsync(cancellationToken).ConfigureAwait(false);
            _last = (view, clock.GetUtcNow());
            return view;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<HealthView> ProbeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);

        // Queues and tables are probed apart, so an outage of one names that one.
        var queueProbe = ServiceAsync(ServiceHealth.Queue, () => Task.WhenAll(QueueNames().Select(q => QueueAsync(q, timeout.Token))), cancellationToken);
        var tableProbe = ServiceAsync(
            ServiceHealth.Table,
            async () => (await LastIngestionAsync(now, timeout.Token).ConfigureAwait(false), await LastEvaluationAsync(now, timeout.Token).ConfigureAwait(false)),
            cancellationToken);
        var (depths, queueHealth) = await queueProbe.ConfigureAwait(false);
        var (ages, tableHealth) = await tableProbe.ConfigureAwait(false);
        ImmutableArray<ServiceHealth> services = [queueHealth, tableHealth];
        if (depths is null || tableHealth.Error is not null)
        {
            return new HealthView(
                HealthStatus.Unhealthy, now, false, null, null, null, null, null,
                depths is null ? [.. QueueNames().Select(q => new QueueHealth(q, null, PoisonQueues.For(q), null))] : [.. depths],
                services);
        }

        var (ingestion, evaluation) = ages;
        var failed = deliveries is null
            ? 0
            : (await deliveries.ListAsync(catalogs.Catalog.Info.Id, OutboxView.Failed, timeout.Token).ConfigureAwait(false)).Count(d => d.Status == Regional.Alerts.Outbox.OutboxStatus.Failed);
        var status = depths.Any(d => d.PoisonDepth > 0) || failed > 0 ? HealthStatus.Degraded : HealthStatus.Healthy;
        return new HealthView(
            status, now, true,
            ingestion, ingestion is { } i ? (now - i).TotalSeconds : null,
            evaluation?.Period, evaluation?.EvaluatedAt, evaluation is { } e ? (now - e.EvaluatedAt).TotalSeconds : null,
            [.. depths],
            services,
            failed);
    }

    /// <summary>The probe's result (default when it failed) and the service's health, with the first line of any error.</summary>
    private static async Task<(T? Result, ServiceHealth Health)> ServiceAsync<T>(string name, Func<Task<T>> probe, CancellationToken cancellationToken)
    {
        try
        {
            return (await probe().ConfigureAwait(false), new ServiceHealth(name, true));
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or OperationCanceledException or AggregateException && !cancellationToken.IsCancellationRequested)
        {
            // A service that answered with a refusal (a missing table) is reachable, and still failed the probe.
            var answered = ex is RequestFailedException { Status: > 0 and < 500 };
            return (default, new ServiceHealth(name, answered, ex.Message.Split('\n', 2)[0].Trim()));
        }
    }

    private IEnumerable<string> QueueNames() => [storage.Value.IngestQueue, storage.Value.EvaluateQueue];

    private async Task<QueueHealth> QueueAsync(string name, CancellationToken cancellationToken)
    {
        var main = await queues.GetQueueClient(name).GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
        var poison = await queues.GetQueueClient(PoisonQueues.For(name)).GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
        return new QueueHealth(name, main.Value.ApproximateMessagesCount, PoisonQueues.For(name), poison.Value.ApproximateMessagesCount);
    }

    private async Task<DateTimeOffset?> LastIngestionAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var back = 0; back < 7; back++)
        {
            var day = await submissions.ListByDayAsync(today.AddDays(-back), cancellationToken).ConfigureAwait(false);
            if (day.Count > 0)
            {
                return day.Max(s => s.ReceivedAt);
            }
        }

        return null;
    }

    private async Task<ScorecardVersion?> LastEvaluationAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var catalogId = catalogs.Catalog.Info.Id;
        var versions = await Task.WhenAll(RecentPeriods(now).Select(p => evaluations.GetScorecardVersionAsync(catalogId, p, cancellationToken))).ConfigureAwait(false);
        return versions.OfType<ScorecardVersion>().MaxBy(v => v.EvaluatedAt);
    }

    /// <summary>The periods an evaluation in the last months would have been for: three months, five quarters, two halves, two years.</summary>
    private static ImmutableArray<Period> RecentPeriods(DateTimeOffset now)
    {
        var month = Period.Month(now.Year, now.Month);
        var quarter = Period.Quarter(now.Year, ((now.Month - 1) / 3) + 1);
        var half = Period.Half(now.Year, now.Month <= 6 ? 1 : 2);
        var year = Period.Annual(now.Year);
        return
        [
            month, month.Previous(), month.Previous().Previous(),
            quarter, quarter.Previous(), quarter.Previous().Previous(), quarter.Previous().Previous().Previous(), quarter.SameLastYear(),
            half, half.Previous(), year, year.Previous(),
        ];
    }
}
