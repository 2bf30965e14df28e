using System.Collections.Concurrent;
using Regional.Observations;
using Regional.Periods;
using Regional.Storage;

namespace Regional.Core.Tests.Pipeline;

/// <summary>
/// The storage ports kept in memory, each writing what it was asked to do into one shared journal, so a test can see
/// what the pipeline did and in which order. The archive completes a store only when the test lets it.
/// </summary>
internal sealed class MemoryPorts
{
    public ConcurrentQueue<string> Journal { get; } = new();

    /// <summary>Completes (or fails) the pending archive store.</summary>
    public TaskCompletionSource ArchiveGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set once the pipeline has looked the submission id up.</summary>
    public TaskCompletionSource LookedUp { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentDictionary<string, SubmissionRecord> Submissions { get; } = new();

    public ConcurrentBag<string> Queued { get; } = [];

    public IRawPayloadArchive Archive => new GatedArchive(this);

    public ISubmissionStore SubmissionStore => new Records(this);

    public IObservationStore Observations => new Figures(this);

    public IWorkQueue Queue => new Messages(this);

    private sealed class GatedArchive(MemoryPorts ports) : IRawPayloadArchive
    {
        public async Task<bool> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
        {
            await ports.ArchiveGate.Task.WaitAsync(cancellationToken);
            ports.Journal.Enqueue("archived");
            return true;
        }

        public Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult<byte[]?>(null);
    }

    private sealed class Records(MemoryPorts ports) : ISubmissionStore
    {
        public Task RecordAsync(SubmissionRecord submission, CancellationToken cancellationToken = default)
        {
            ports.Submissions[submission.Id] = submission;
            ports.Journal.Enqueue("recorded");
            return Task.CompletedTask;
        }

        public Task<SubmissionRecord?> GetAsync(string submissionId, CancellationToken cancellationToken = default)
        {
            ports.LookedUp.TrySetResult();
            return Task.FromResult(ports.Submissions.GetValueOrDefault(submissionId));
        }

        public Task<IReadOnlyList<SubmissionSummary>> ListByDayAsync(DateOnly utcDay, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SubmissionSummary>>([]);
    }

    private sealed class Figures(MemoryPorts ports) : IObservationStore
    {
        public Task<ObservationWriteSummary> WriteAsync(string catalogId, IReadOnlyList<ObservationWrite> observations, CancellationToken cancellationToken = default)
        {
            ports.Journal.Enqueue("observations written");
            return Task.FromResult(new ObservationWriteSummary(observations.Count, 0, 0, [.. observations.Select(o => o.Observation)]));
        }

        public Task<IReadOnlyList<Observation>> ReadPeriodAsync(string catalogId, Period period, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Observation>>([]);

        public Task<IReadOnlyList<Observation>> ReadForEvaluationAsync(string catalogId, Period period, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Observation>>([]);

        public Task<IReadOnlyList<StoredObservation>> ReadHistoryAsync(string catalogId, string regionCode, string indicatorId, Period from, Period to, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<StoredObservation>>([]);
    }

    private sealed class Messages(MemoryPorts ports) : IWorkQueue
    {
        public Task SendAsync(string queueName, string message, CancellationToken cancellationToken = default)
        {
            ports.Queued.Add(message);
            ports.Journal.Enqueue("queued");
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<WorkItem>> ReceiveAsync(string queueName, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<WorkItem>>([]);

        public Task<string> ResolveAsync(string queuedText, CancellationToken cancellationToken = default) => Task.FromResult(queuedText);

        public Task CompleteAsync(WorkItem item, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
