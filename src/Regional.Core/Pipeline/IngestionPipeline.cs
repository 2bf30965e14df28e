using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Regional.Alerts.Notifications;
using Regional.Storage;
using Regional.Submissions;
using Regional.Submissions.Validation;
using Regional.Telemetry;
using static Regional.Telemetry.TelemetryNames;

namespace Regional.Pipeline;

/// <summary>
/// Ingests one submission payload, whatever carried it (queue message, dropped file, HTTP body, command line):
/// archive the raw bytes first, read and validate the whole submission, store its figures as new vintages, record the
/// outcome, and ask for the affected periods to be evaluated. Safe to repeat: a payload already ingested is recognised
/// by its submission id and content, and a run cut short converges when retried. Each run is one
/// <see cref="TelemetryNames.Spans.Ingest"/> span; stored and rejected figures are counted by region and reason.
/// </summary>
public sealed partial class IngestionPipeline(
    ICatalogProvider catalogs,
    IRawPayloadArchive archive,
    ISubmissionStore submissions,
    IObservationStore observations,
    IWorkQueue queue,
    PipelineSettings settings,
    TimeProvider clock,
    ILogger<IngestionPipeline> logger,
    RegionalTelemetry? telemetry = null)
{
    private readonly RegionalTelemetry _telemetry = telemetry ?? RegionalTelemetry.Default;

    /// <summary>Evaluation requests sent at a time.</summary>
    private const int RequestsInFlight = 8;

    public async Task<IngestOutcome> IngestAsync(ReadOnlyMemory<byte> payload, string? contentType, IngestOrigin origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(origin);
        using var span = _telemetry.StartSpan(Spans.Ingest);
        span?.SetTag(Attributes.Channel, origin.Channel);
        try
        {
            var outcome = await IngestAsync(payload, contentType, origin, span, cancellationToken).ConfigureAwait(false);
            span?.SetTag(Attributes.SubmissionStatus, outcome.AlreadyIngested ? "repeat" : NotificationVocabulary.Name(outcome.Submission.Status));
            return outcome;
        }
        catch (Exception ex) when (span.Failed(ex))
        {
            throw;
        }
    }

    private async Task<IngestOutcome> IngestAsync(ReadOnlyMemory<byte> payload, string? contentType, IngestOrigin origin, Activity? span, CancellationToken cancellationToken)
    {
        var blobName = RawPayloadNames.ContentAddressed(payload.Span);

        // Reading the payload and looking its id up write nothing, so they overlap the upload; every write below
        // waits for it, so the raw bytes are still kept before anything derived from them.
        var archiving = archive.StoreAsync(blobName, payload, contentType ?? "application/octet-stream", cancellationToken);
        var (parsed, submissionId, lookup) = ReadAndLookUp(payload, contentType, origin, cancellationToken);
        await Task.WhenAll(archiving, lookup).ConfigureAwait(false);
        var existing = await lookup.ConfigureAwait(false);
        span?.SetTag(Attributes.SubmissionId, submissionId);
        span?.SetTag(Attributes.Period, SpanTags.Joined(parsed.Observations.Select(o => o.Period.ToString())));
        span?.SetTag(Attributes.Region, SpanTags.Joined(parsed.Observations.Select(o => o.Region)));
        span?.SetTag(Attributes.ObservationCount, parsed.Observations.Length);

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["SubmissionId"] = submissionId, ["Channel"] = origin.Channel });
        if (existing is not null)
        {
            return await RepeatAsync(existing, blobName, parsed, origin, span, cancellationToken).ConfigureAwait(false);
        }

        var catalog = catalogs.Catalog;
        var verdict = new SubmissionValidator(catalog).Validate(parsed, clock.GetUtcNow());
        var problems = verdict.Problems.AddRange(Unsupported(verdict));
        var received = parsed.Observations.Length;
        if (!problems.IsEmpty)
        {
            var rejected = Record(submissionId, parsed, origin, blobName, SubmissionStatus.Rejected, new SubmissionCounts(received, 0, received, Ignored: parsed.Ignored), problems);
            await submissions.RecordAsync(rejected, cancellationToken).ConfigureAwait(false);
            LogRejected(logger, submissionId, problems.Length);
            RecordRejection(span, origin, received, problems);
            return new IngestOutcome(rejected, false, []);
        }

        var writes = verdict.Accepted
            .Select(v => v.ToObservation(1))
            .OfType<Observations.Observation>()
            .Select(o => new ObservationWrite(o, submissionId))
            .ToList();
        var summary = await observations.WriteAsync(catalog.Info.Id, writes, cancellationToken).ConfigureAwait(false);
        var counts = new SubmissionCounts(received, verdict.Accepted.Length, 0, summary.Added, summary.Revised, summary.Unchanged, parsed.Ignored);
        var accepted = Record(submissionId, parsed, origin, blobName, SubmissionStatus.Accepted, counts, []);
        await submissions.RecordAsync(accepted, cancellationToken).ConfigureAwait(false);
        LogAccepted(logger, submissionId, writes.Count, summary.Added, summary.Revised, summary.Unchanged);
        foreach (var region in writes.GroupBy(w => w.Observation.RegionCode, StringComparer.Ordinal))
        {
            _telemetry.ObservationsIngested(region.Key, origin.Channel, region.Count());
        }

        var requests = await RequestEvaluationsAsync(catalog.Info.Id, accepted.Id, verdict.Accepted, span, cancellationToken).ConfigureAwait(false);
        return new IngestOutcome(accepted, false, requests);
    }

    private (ParsedSubmission Parsed, string SubmissionId, Task<SubmissionRecord?> Lookup) ReadAndLookUp(
        ReadOnlyMemory<byte> payload,
        string? contentType,
        IngestOrigin origin,
        CancellationToken cancellationToken)
    {
        var context = new SubmissionContext(SubmissionIdentity.Derive(origin, payload.Span), origin.Source, origin.ReceivedAt);
        var parsed = SubmissionReader.Read(payload.Span, contentType, context, settings.Limits, catalogs.Catalog.Dataflows);

        // The sender's id belongs to the regions of its figures: stored under their scope, it meets only ids of the same regions.
        var submissionId = SubmissionScope.Qualify(
            catalogs.Catalog, parsed.Observations.Select(o => o.Region), SubmissionIds.IsValid(parsed.SubmissionId) ? parsed.SubmissionId! : context.SubmissionId);
        return (parsed, submissionId, submissions.GetAsync(submissionId, cancellationToken));
    }

    private async Task<IngestOutcome> RepeatAsync(SubmissionRecord existing, string blobName, ParsedSubmission parsed, IngestOrigin origin, Activity? span, CancellationToken cancellationToken)
    {
        if (existing.PayloadBlobName != blobName)
        {
            // The same id with other content: the first submission stands; this one is recorded as rejected under an id of its own.
            var conflictId = $"{existing.Id[..Math.Min(existing.Id.Length, 100)]}.conflict.{blobName[^12..]}";
            var problem = new SubmissionProblem(null, "submissionId", ProblemCodes.DuplicateSubmissionId, $"submission id '{existing.Id}' was already used for different content; send a new id");
            var conflict = Record(conflictId, parsed, origin, blobName, SubmissionStatus.Rejected, new SubmissionCounts(parsed.Observations.Length, 0, parsed.Observations.Length), [problem]);
            await submissions.RecordAsync(conflict, cancellationToken).ConfigureAwait(false);
            LogRejected(logger, conflictId, 1);
            RecordRejection(span, origin, parsed.Observations.Length, [problem]);
            return new IngestOutcome(conflict, false, []);
        }

        LogRepeat(logger, existing.Id, existing.Status);
        if (existing.Status != SubmissionStatus.Accepted)
        {
            return new IngestOutcome(existing, true, []);
        }

        // Accepted but perhaps not yet evaluated (a run stopped after recording): asking again is harmless, evaluation is idempotent.
        var verdict = new SubmissionValidator(catalogs.Catalog).Validate(parsed, existing.ReceivedAt);
        var requests = await RequestEvaluationsAsync(catalogs.Catalog.Info.Id, existing.Id, verdict.Accepted, span, cancellationToken).ConfigureAwait(false);
        return new IngestOutcome(existing, true, requests);
    }

    private async Task<IReadOnlyList<EvaluationRequest>> RequestEvaluationsAsync(string catalogId, string submissionId, ImmutableArray<ValidatedObservation> accepted, Activity? span, CancellationToken cancellationToken)
    {
        var requests = accepted.Select(a => a.Key.Period).Distinct().Order()
            .Select(p => EvaluationRequest.For(catalogId, p, submissionId) with { TraceParent = span?.Id })
            .ToList();
        // The requests are independent (the queue keeps no order and evaluation is idempotent), so a submission of many
        // periods waits for a few round trips, not one per period.
        await Parallel.ForEachAsync(
            requests,
            new ParallelOptions { MaxDegreeOfParallelism = RequestsInFlight, CancellationToken = cancellationToken },
            async (request, token) => await queue.SendAsync(settings.EvaluateQueue, request.ToJson(), token).ConfigureAwait(false)).ConfigureAwait(false);
        return requests;
    }

    /// <summary>Counts a rejection under its main reason: the problem code found most often (the first such in ordinal order on a tie).</summary>
    private void RecordRejection(Activity? span, IngestOrigin origin, int observations, ImmutableArray<SubmissionProblem> problems)
    {
        var byCode = problems.GroupBy(p => p.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var reason = byCode.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault() ?? "unknown";
        span?.SetTag(Attributes.ProblemCount, problems.Length);
        span?.SetTag(Attributes.RejectionReason, reason);
        _telemetry.SubmissionRejected(origin.Channel, reason, observations, byCode);
    }

    // History is never deleted: a deletion would silently lose a published figure, so it is refused with a reason.
    private static IEnumerable<SubmissionProblem> Unsupported(SubmissionVerdict verdict) =>
        verdict.Submission.Observations
            .Where(o => o.Action == SubmissionAction.Delete)
            .Select(o => new SubmissionProblem(o.Line, "ACTION", ProblemCodes.DeleteNotSupported, $"{o.Key}: deletions are not accepted; figures keep their history, send a corrected value instead"));

    private SubmissionRecord Record(string id, ParsedSubmission parsed, IngestOrigin origin, string blobName, SubmissionStatus status, SubmissionCounts counts, ImmutableArray<SubmissionProblem> problems) =>
        new(id, origin.ReceivedAt, parsed.Source ?? origin.Source, FormatName(parsed.Format), blobName, status, counts, problems);

    private static string FormatName(SubmissionFormat format) => format switch
    {
        SubmissionFormat.JsonEnvelope => "regional.submission/v1",
        SubmissionFormat.SdmxCsv1 => "sdmx-csv-1",
        SubmissionFormat.SdmxCsv2 => "sdmx-csv-2",
        SubmissionFormat.SdmxJson => "sdmx-json",
        SubmissionFormat.SdmxMl21 => "sdmx-ml-2.1",
        SubmissionFormat.ExcelTemplate => Spreadsheets.TemplateLayout.TemplateVersion,
        _ => format.ToString().ToLowerInvariant(),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Accepted submission {SubmissionId}: {Count} figures, {Added} new, {Revised} revised, {Unchanged} unchanged")]
    private static partial void LogAccepted(ILogger logger, string submissionId, int count, int added, int revised, int unchanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected submission {SubmissionId} with {ProblemCount} problems")]
    private static partial void LogRejected(ILogger logger, string submissionId, int problemCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId} was already ingested ({Status}); nothing written again")]
    private static partial void LogRepeat(ILogger logger, string submissionId, SubmissionStatus status);
}
