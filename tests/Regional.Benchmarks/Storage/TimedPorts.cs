using Regional.Observations;
using Regional.Periods;
using Regional.Storage;

namespace Regional.Benchmarks.Storage;

/// <summary>The real archive with the time of each store added to <see cref="PipelineStage.Archive"/>.</summary>
public sealed class TimedArchive(IRawPayloadArchive inner, StageClock clock) : IRawPayloadArchive
{
    public Task<bool> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default) =>
        clock.TimeAsync(PipelineStage.Archive, () => inner.StoreAsync(name, content, contentType, cancellationToken));

    public Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default) => inner.ReadAsync(name, cancellationToken);
}

/// <summary>The real submission store, timing lookups and records.</summary>
public sealed class TimedSubmissions(ISubmissionStore inner, StageClock clock) : ISubmissionStore
{
    public Task RecordAsync(SubmissionRecord submission, CancellationToken cancellationToken = default) =>
        clock.TimeAsync(PipelineStage.SubmissionRecord, () => inner.RecordAsync(submission, cancellationToken));

    public Task<SubmissionRecord?> GetAsync(string submissionId, CancellationToken cancellationToken = default) =>
        clock.TimeAsync(PipelineStage.SubmissionLookup, () => inner.GetAsync(submissionId, cancellationToken));

    public Task<IReadOnlyList<SubmissionSummary>> ListByDayAsync(DateOnly utcDay, CancellationToken cancellationToken = default) =>
        inner.ListByDayAsync(utcDay, cancellationToken);
}

/// <summary>The real observation store, timing writes.</summary>
public sealed class TimedObservations(IObservationStore inner, StageClock clock) : IObservationStore
{
    public Task<ObservationWriteSummary> WriteAsync(string catalogId, IReadOnlyList<ObservationWrite> observations, CancellationToken cancellationToken = default) =>
        clock.TimeAsync(PipelineStage.ObservationWrite, () => inner.WriteAsync(catalogId, observations, cancellationToken));

    public Task<IReadOnlyList<Observation>> ReadPeriodAsync(string catalogId, Period period, CancellationToken cancellationToken = default) =>
        inner.ReadPeriodAsync(catalogId, period, cancellationToken);

    public Task<IReadOnlyList<Observation>> ReadForEvaluationAsync(string catalogId, Period period, CancellationToken cancellationToken = default) =>
        inner.ReadForEvaluationAsync(catalogId, period, cancellationToken);

    public Task<IReadOnlyList<StoredObservation>> ReadHistoryAsync(string catalogId, string regionCode, string indicatorId, Period from, Period to, CancellationToken cancellationToken = default) =>
        inner.ReadHistoryAsync(catalogId, regionCode, indicatorId, from, to, cancellationToken);
}

/// <summary>The real work queue, timing sends.</summary>
public sealed class TimedQueue(IWorkQueue inner, StageClock clock) : IWorkQueue
{
    public Task SendAsync(string queueName, string message, CancellationToken cancellationToken = default) =>
        clock.TimeAsync(PipelineStage.EvaluationRequests, () => inner.SendAsync(queueName, message, cancellationToken));

    public Task<IReadOnlyList<WorkItem>> ReceiveAsync(string queueName, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default) =>
        inner.ReceiveAsync(queueName, maxMessages, visibilityTimeout, cancellationToken);

    public Task<string> ResolveAsync(string queuedText, CancellationToken cancellationToken = default) => inner.ResolveAsync(queuedText, cancellationToken);

    public Task CompleteAsync(WorkItem item, CancellationToken cancellationToken = default) => inner.CompleteAsync(item, cancellationToken);
}
