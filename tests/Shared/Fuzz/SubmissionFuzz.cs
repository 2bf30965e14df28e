using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Sample;
using Regional.Storage;
using Regional.Submissions;
using Regional.Submissions.Validation;

namespace Regional.Testing.Fuzz;

/// <summary>What one fuzz run found; <see cref="Failures"/> holds the crashes, hangs and silent drops with their mutant.</summary>
public sealed record FuzzReport(int Mutants, int Accepted, int Rejected, int Evaluations, int Crashes, int Hangs, int SilentDrops, TimeSpan Elapsed, IReadOnlyList<string> Failures)
{
    public bool Clean => Crashes == 0 && Hangs == 0 && SilentDrops == 0;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Mutants} mutants in {Elapsed.TotalSeconds:F1} s: {Accepted} accepted, {Rejected} rejected, {Evaluations} evaluations; {Crashes} crashes, {Hangs} hangs, {SilentDrops} silent drops");
}

/// <summary>
/// The fuzz suite: mutants of the sample files (<see cref="SubmissionMutator"/>) ingested one by one through the real
/// ingestion pipeline into storage (tables, blobs and queues of their own, deleted afterwards), each accepted one then
/// evaluated through the real evaluation pipeline. For each mutant: nothing throws (a crash), nothing takes longer
/// than the per-mutant limit (a hang), and nothing is silently dropped: a rejection lists problems that each have a
/// code and a reason, an acceptance stores exactly the figures the payload carried (read back with the same reader and
/// validator) and its evaluation marks it processed, the raw payload is archived byte for byte, and at the end the
/// stored figures are exactly those of the accepted mutants, in order, and nothing else.
/// </summary>
public static class SubmissionFuzz
{
    public static readonly DateTimeOffset Now = new(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);

    public static async Task<FuzzReport> RunAsync(
        string connectionString, Catalog catalog, int mutants, int seed, TimeSpan timeLimit, TimeSpan perMutant, TextWriter? progress = null, int first = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var suffix = Guid.NewGuid().ToString("N")[..10];
        await using var services = Compose(connectionString, suffix);
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        await services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunOnAsync(services, storage, catalog, first, mutants, seed, timeLimit, perMutant, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await DeleteAsync(services, storage).ConfigureAwait(false);
        }
    }

    private static async Task<FuzzReport> RunOnAsync(
        ServiceProvider services, StorageOptions storage, Catalog catalog, int first, int mutants, int seed, TimeSpan timeLimit, TimeSpan perMutant, TextWriter? progress, CancellationToken cancellationToken)
    {
        var clock = new FixedClock(Now);
        var catalogs = new FixedCatalogProvider(catalog);
        var ingestion = new IngestionPipeline(
            catalogs, services.GetRequiredService<IRawPayloadArchive>(), services.GetRequiredService<ISubmissionStore>(),
            services.GetRequiredService<IObservationStore>(), services.GetRequiredService<IWorkQueue>(),
            PipelineSettings.Default with { EvaluateQueue = storage.EvaluateQueue }, clock, NullLogger<IngestionPipeline>.Instance);
        var evaluation = new EvaluationPipeline(
            catalogs, services.GetRequiredService<IObservationStore>(), services.GetRequiredService<IEvaluationStore>(),
            services.GetRequiredService<IAlertStateStore>(), services.GetRequiredService<IAlertStore>(), services.GetRequiredService<ISilenceStore>(),
            services.GetRequiredService<IOutbox>(), services.GetRequiredService<ISubmissionStore>(), clock, NullLogger<EvaluationPipeline>.Instance);
        var check = new Checks(catalog, services, clock);
        var mutator = new SubmissionMutator(SampleDataGenerator.Generate(catalog, SampleDataGenerator.DefaultSeed).Envelopes, seed);

        var watch = Stopwatch.StartNew();
        var failures = new List<string>();
        int done = 0, accepted = 0, rejected = 0, evaluations = 0, crashes = 0, hangs = 0, drops = 0;
        for (var n = first; n < first + mutants && watch.Elapsed < timeLimit; n++)
        {
            var mutant = mutator.Create(n);
            var origin = new IngestOrigin("fuzz", string.Create(CultureInfo.InvariantCulture, $"mutant-{n}"), "Fuzz bureau", Now);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var run = OneAsync(ingestion, evaluation, check, mutant, origin, limit.Token);
            try
            {
                var outcome = await run.WaitAsync(perMutant, cancellationToken).ConfigureAwait(false);
                (accepted, rejected, evaluations) = (accepted + (outcome.Accepted ? 1 : 0), rejected + (outcome.Accepted ? 0 : 1), evaluations + outcome.Evaluations);
                if (outcome.Drop is { } drop)
                {
                    drops++;
                    failures.Add($"silent drop, mutant {n} ({mutant.Description}): {drop}");
                }
            }
            catch (TimeoutException)
            {
                hangs++;
                failures.Add($"hang, mutant {n} ({mutant.Description}): over {perMutant.TotalSeconds:F0} s");
                await limit.CancelAsync().ConfigureAwait(false);
                await run.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                crashes++;
                failures.Add($"crash, mutant {n} ({mutant.Description}): {ex.GetType().Name}: {ex.Message.Split('\n', 2)[0]}");
            }

            done++;
            if (progress is not null && done % 500 == 0)
            {
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{done} mutants, {watch.Elapsed.TotalSeconds:F0} s, {crashes + hangs + drops} failures")).ConfigureAwait(false);
            }
        }

        // Nothing else changed: the store holds exactly the figures of the accepted mutants, each at its latest value.
        var extra = await check.StoreMatchesModelAsync(cancellationToken).ConfigureAwait(false);
        if (extra is not null)
        {
            drops++;
            failures.Add($"silent change of the store: {extra}");
        }

        return new FuzzReport(done, accepted, rejected, evaluations, crashes, hangs, drops, watch.Elapsed, failures);
    }

    private static async Task<(bool Accepted, int Evaluations, string? Drop)> OneAsync(
        IngestionPipeline ingestion, EvaluationPipeline evaluation, Checks check, Mutant mutant, IngestOrigin origin, CancellationToken cancellationToken)
    {
        var outcome = await ingestion.IngestAsync(mutant.Payload, mutant.ContentType, origin, cancellationToken).ConfigureAwait(false);
        var drop = await check.RawKeptAsync(outcome, mutant, cancellationToken).ConfigureAwait(false);
        if (drop is null && outcome.AlreadyIngested)
        {
            drop = "a mutant with an id of its own was taken for an earlier submission";
        }

        if (drop is null && !outcome.Accepted)
        {
            drop = Checks.RejectedWithReasons(outcome);
            return (false, 0, drop);
        }

        drop ??= await check.AcceptedAsCarriedAsync(outcome, mutant, cancellationToken).ConfigureAwait(false);
        foreach (var request in outcome.EvaluationsRequested)
        {
            var result = await evaluation.EvaluateAsync(request, cancellationToken).ConfigureAwait(false);
            drop ??= Checks.Finite(result);
        }

        drop ??= await check.ProcessedAsync(outcome, cancellationToken).ConfigureAwait(false);
        return (outcome.Accepted, outcome.EvaluationsRequested.Count, drop);
    }

    /// <summary>The oracle and the model of what the store should hold.</summary>
    private sealed class Checks(Catalog catalog, IServiceProvider services, TimeProvider clock)
    {
        private readonly Dictionary<ObservationKey, double> _model = [];
        private readonly HashSet<Period> _periods = [];

        public async Task<string?> RawKeptAsync(IngestOutcome outcome, Mutant mutant, CancellationToken cancellationToken)
        {
            var raw = await services.GetRequiredService<IRawPayloadArchive>().ReadAsync(outcome.Submission.PayloadBlobName, cancellationToken).ConfigureAwait(false);
            if (raw is null)
            {
                return "the raw payload was not archived";
            }

            return raw.AsSpan().SequenceEqual(mutant.Payload) ? null : "the archived payload differs from the bytes received";
        }

        public static string? RejectedWithReasons(IngestOutcome outcome) =>
            outcome.Submission.Status != SubmissionStatus.Rejected ? $"neither accepted nor rejected ({outcome.Submission.Status})"
            : outcome.Submission.Problems.IsDefaultOrEmpty ? "rejected without a single problem"
            : outcome.Submission.Problems.Any(p => string.IsNullOrWhiteSpace(p.Code) || string.IsNullOrWhiteSpace(p.Reason)) ? "a problem without code or reason"
            : null;

        /// <summary>Every figure the payload carried (as the reader and validator read it) is the stored latest value.</summary>
        public async Task<string?> AcceptedAsCarriedAsync(IngestOutcome outcome, Mutant mutant, CancellationToken cancellationToken)
        {
            var parsed = SubmissionReader.Read(mutant.Payload, mutant.ContentType, new SubmissionContext(outcome.Submission.Id, outcome.Submission.Source, outcome.Submission.ReceivedAt));
            var verdict = new SubmissionValidator(catalog).Validate(parsed, clock.GetUtcNow());
            if (!verdict.IsAccepted)
            {
                return "accepted by the pipeline, rejected by the reader and validator: " + verdict.Problems[0];
            }

            var figures = verdict.Accepted.Where(a => a.Value is not null).ToList();
            if (mutant.EdgeLiteral is { } literal && double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var edge)
                && NumberLiteral.Problem(literal, edge) is null && !figures.Any(f => f.Value == NumberLiteral.Normalised(edge)))
            {
                return $"accepted, but no figure carries the value {literal} it was given";
            }

            var store = services.GetRequiredService<IObservationStore>();
            foreach (var period in figures.Select(f => f.Key.Period).Distinct())
            {
                _periods.Add(period);
                var latest = Latest(await store.ReadPeriodAsync(catalog.Info.Id, period, cancellationToken).ConfigureAwait(false));
                foreach (var figure in figures.Where(f => f.Key.Period == period))
                {
                    _model[figure.Key] = figure.Value!.Value;
                    if (!latest.TryGetValue(figure.Key, out var stored) || !stored.Equals(figure.Value.Value))
                    {
                        return $"{figure.Key} was submitted as {figure.Value.Value.ToString("R", CultureInfo.InvariantCulture)} but is stored as {(latest.TryGetValue(figure.Key, out var s) ? s.ToString("R", CultureInfo.InvariantCulture) : "nothing")}";
                    }
                }
            }

            return null;
        }

        public async Task<string?> ProcessedAsync(IngestOutcome outcome, CancellationToken cancellationToken)
        {
            if (outcome.EvaluationsRequested.Count == 0)
            {
                return null;
            }

            var record = await services.GetRequiredService<ISubmissionStore>().GetAsync(outcome.Submission.Id, cancellationToken).ConfigureAwait(false);
            return record?.Status == SubmissionStatus.Processed ? null : $"evaluated but still {record?.Status.ToString() ?? "missing"}";
        }

        public static string? Finite(Regional.Engine.EvaluationResult result)
        {
            try
            {
                System.Text.Json.JsonSerializer.Serialize(result, Regional.Serialization.RegionalJson.Options);
                return null;
            }
            catch (ArgumentException ex)
            {
                return "the evaluation result does not serialize: " + ex.Message;
            }
        }

        public async Task<string?> StoreMatchesModelAsync(CancellationToken cancellationToken)
        {
            var store = services.GetRequiredService<IObservationStore>();
            var stored = new Dictionary<ObservationKey, double>();
            foreach (var period in _periods)
            {
                foreach (var (key, value) in Latest(await store.ReadPeriodAsync(catalog.Info.Id, period, cancellationToken).ConfigureAwait(false)))
                {
                    stored[key] = value;
                }
            }

            var wrong = stored.Where(s => !_model.TryGetValue(s.Key, out var v) || !v.Equals(s.Value)).Select(s => s.Key)
                .Concat(_model.Keys.Where(k => !stored.ContainsKey(k)))
                .ToList();
            return wrong.Count == 0 ? null : $"{wrong.Count} figures differ from what the accepted mutants carried, first {wrong[0]}";
        }

        private static Dictionary<ObservationKey, double> Latest(IReadOnlyList<Observation> observations) =>
            observations.GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Vintage)!.Value);
    }

    private static ServiceProvider Compose(string connectionString, string suffix)
    {
        var settings = new Dictionary<string, string?> { ["RegionalStorage"] = connectionString, ["IngestQueueName"] = "fz-in-" + suffix, ["EvaluateQueueName"] = "fz-ev-" + suffix };
        foreach (var property in typeof(StorageOptions).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite && p.SetMethod!.IsPublic))
        {
            var name = property.Name.Replace("Table", string.Empty, StringComparison.Ordinal).Replace("Container", string.Empty, StringComparison.Ordinal);
            settings[$"{StorageOptions.Section}:{property.Name}"] = property.Name.EndsWith("Table", StringComparison.Ordinal)
                ? "fz" + name + suffix
                : "fz-" + name.ToLowerInvariant() + "-" + suffix;
        }

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(Now));
        services.AddRegionalStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static async Task DeleteAsync(IServiceProvider services, StorageOptions storage)
    {
        var tables = services.GetRequiredService<TableServiceClient>();
        var blobs = services.GetRequiredService<BlobServiceClient>();
        var queues = services.GetRequiredService<QueueServiceClient>();
        await Task.WhenAll(storage.Tables.Select(t => tables.DeleteTableAsync(t))).ConfigureAwait(false);
        await Task.WhenAll(storage.Containers.Select(c => blobs.DeleteBlobContainerAsync(c))).ConfigureAwait(false);
        await Task.WhenAll(storage.Queues.Select(q => queues.DeleteQueueAsync(q))).ConfigureAwait(false);
    }

    /// <summary>A clock that stands still: every mutant is received and evaluated at the same instant.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
