using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Outbox;
using Regional.Deadlines;
using Regional.Engine;
using Regional.Periods;
using Regional.Storage;
using Regional.Telemetry;
using static Regional.Telemetry.TelemetryNames;

namespace Regional.Pipeline;

/// <summary>
/// Evaluates one period from storage: reads the figures the engine needs (the year so far and the previous year, every
/// vintage) and the alert state, runs the pure engine, saves scorecards, rankings and findings, records the alert
/// transitions in the alerts' history and their notifications in the outbox, and only then writes the next alert
/// state under optimistic concurrency. When another evaluation wrote the alert state first, the whole evaluation is
/// run again on the fresh state, so concurrent evaluations never lose or double a transition.
/// <para>
/// Every write before the alert state is idempotent (results by period, history lines by transition id, outbox entries
/// by notification id): a run stopped before the state was written is repeated from the old state, produces the same
/// transitions and ids, and stores nothing twice; the notifications already in the outbox are sent once.
/// </para>
/// <para>
/// The notifications are written held by this run (<see cref="IOutbox.AddHeldAsync"/>) and released only once the
/// alert state is written. An attempt that loses the race discards what it held before evaluating again, so a
/// notification built on a state another evaluation replaced is never sent; one the winner built too is held by the
/// winner as well and stays. A run that stops between the outbox and the state leaves its entries held until the hold
/// (<see cref="PipelineSettings.NotificationHold"/>) ends; they are then sent. The retry of the same figures builds the
/// same ids, so this sends nothing the committed state does not reflect, unless different figures arrived between the
/// stop and the retry: then a notification of the stopped run may be sent that no stored state reflects.
/// </para>
/// <para>
/// Before the period's reporting deadline (<see cref="DeadlineSettings"/>) missing figures are pending; once it has
/// passed, or when the request says so, they are missing and graded by the completeness check.
/// </para>
/// <para>
/// Each run is one <see cref="TelemetryNames.Spans.Evaluate"/> span; its duration is measured here, around the
/// engine, which itself reads no clock.
/// </para>
/// </summary>
public sealed partial class EvaluationPipeline(
    ICatalogProvider catalogs,
    IObservationStore observations,
    IEvaluationStore evaluations,
    IAlertStateStore alerts,
    IAlertStore alertRecords,
    ISilenceStore silences,
    IOutbox outbox,
    ISubmissionStore submissions,
    TimeProvider clock,
    ILogger<EvaluationPipeline> logger,
    RegionalTelemetry? telemetry = null,
    PipelineSettings? settings = null,
    DeadlineSettings? deadlines = null)
{
    private readonly RegionalTelemetry _telemetry = telemetry ?? RegionalTelemetry.Default;

    private readonly TimeSpan _hold = (settings ?? PipelineSettings.Default).NotificationHold;

    private const int MaxAttempts = 5;

    public Task<EvaluationResult> EvaluateAsync(Period period, IReadOnlyList<string>? submissionIds = null, CancellationToken cancellationToken = default) =>
        EvaluateAsync(period, submissionIds ?? [], deadlinePassed: false, traceParent: null, cancellationToken);

    /// <summary>Evaluates the period a queued request names, with the submissions and deadline it carries.</summary>
    public Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return EvaluateAsync(request.Period, request.SubmissionIds, request.DeadlinePassed, request.TraceParent, cancellationToken);
    }

    private async Task<EvaluationResult> EvaluateAsync(Period period, IReadOnlyList<string> submissionIds, bool deadlinePassed, string? traceParent, CancellationToken cancellationToken)
    {
        var catalog = catalogs.Catalog;
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Period"] = period.ToString(), ["CatalogId"] = catalog.Info.Id });
        using var span = _telemetry.StartSpan(Spans.Evaluate, linkedTo: traceParent);
        span?.SetTag(Attributes.Period, period.ToString());
        span?.SetTag(Attributes.CatalogId, catalog.Info.Id);
        span?.SetTag(Attributes.SubmissionId, SpanTags.Joined(submissionIds));
        var started = clock.GetTimestamp();
        try
        {
            var result = await EvaluateWithRetryAsync(catalog, period, submissionIds, deadlinePassed, span, cancellationToken).ConfigureAwait(false);
            _telemetry.EvaluationTook(clock.GetElapsedTime(started), catalog.Info.Id);
            span?.SetTag(Attributes.FindingCount, result.Findings.Length);
            span?.SetTag(Attributes.TransitionCount, result.Transitions.Length);
            foreach (var raised in result.Transitions.Where(t => t.Notify))
            {
                _telemetry.AlertRaised(raised);
            }

            // A rule that failed was skipped and the rest of the period stored: visible in the log and the metrics.
            foreach (var failure in result.Findings.Where(f => f.Kind == FindingKind.Failure))
            {
                _telemetry.RuleFailed(failure.RuleId, catalog.Info.Id);
                LogRuleFailed(logger, failure.RuleId, failure.RegionCode, failure.IndicatorId, period.ToString(), failure.Detail);
            }

            return result;
        }
        catch (Exception ex) when (span.Failed(ex))
        {
            throw;
        }
    }

    /// <summary>Whether the period's reporting deadline is behind <paramref name="now"/>; without deadline settings only a request says so.</summary>
    private bool DeadlineOver(Period period, DateTimeOffset now) => deadlines is not null && ReportingDeadline.Of(period, deadlines) <= now;

    private async Task<EvaluationResult> EvaluateWithRetryAsync(Catalogs.Catalog catalog, Period period, IReadOnlyList<string> submissionIds, bool deadlinePassed, Activity? span, CancellationToken cancellationToken)
    {
        // One holder for every attempt of this run: what another evaluation holds too is never deleted by this one.
        var holder = Guid.NewGuid().ToString("N");
        for (var attempt = 1; ; attempt++)
        {
            var figures = await observations.ReadForEvaluationAsync(catalog.Info.Id, period, cancellationToken).ConfigureAwait(false);
            var snapshot = await alerts.ReadAsync(catalog.Info.Id, cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow();
            var result = Evaluator.Evaluate(new EvaluationInput(catalog, period, [.. figures], snapshot.States, now, deadlinePassed || DeadlineOver(period, now)));

            var book = await RecordAlertsAsync(catalog, result, cancellationToken).ConfigureAwait(false);
            string[] notified = [.. book.Notifications.Select(n => n.Id)];

            // Results, history and outbox first (idempotent), the alert state last: a run stopped in between is repeated from the old state.
            await evaluations.SaveAsync(result, cancellationToken).ConfigureAwait(false);
            await alertRecords.RecordAsync(catalog.Info.Id, book.Episodes, book.Events, cancellationToken).ConfigureAwait(false);
            if (notified.Length > 0)
            {
                await outbox.AddHeldAsync(catalog.Info.Id, book.Notifications, new OutboxHold(holder, result.EvaluatedAt + _hold), result.EvaluatedAt, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                await alerts.WriteAsync(catalog.Info.Id, result.Alerts, snapshot.Version, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                // The state was not written: this attempt's notifications describe transitions the stored state does
                // not have. Discarded before the next attempt, which adds again those it builds too; only the
                // conflict says the write surely failed, so any other error leaves them held until the hold ends.
                if (notified.Length > 0)
                {
                    await outbox.DiscardAsync(catalog.Info.Id, notified, holder, cancellationToken).ConfigureAwait(false);
                }

                if (attempt < MaxAttempts)
                {
                    LogConflict(logger, period.ToString(), attempt);
                    continue;
                }

                throw;
            }

            if (notified.Length > 0)
            {
                await outbox.ReleaseAsync(catalog.Info.Id, notified, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }

            span?.SetTag(Attributes.Attempts, attempt);
            await MarkProcessedAsync(submissionIds, cancellationToken).ConfigureAwait(false);
            LogEvaluated(logger, period.ToString(), figures.Count, result.Findings.Length, result.Transitions.Length);
            return result;
        }
    }

    private async Task<AlertBook> RecordAlertsAsync(Catalogs.Catalog catalog, EvaluationResult result, CancellationToken cancellationToken)
    {
        if (result.Transitions.IsEmpty && !result.Alerts.Any(a => a.Condition == Alerts.AlertCondition.Firing && a.LastPeriod == result.Period))
        {
            return AlertBook.Empty;
        }

        var stored = await alertRecords.ListAsync(catalog.Info.Id, Alerts.AlertCondition.Firing, cancellationToken: cancellationToken).ConfigureAwait(false);
        var known = await silences.ListAsync(catalog.Info.Id, cancellationToken).ConfigureAwait(false);
        return AlertLifecycle.Record(catalog, result, stored.ToDictionary(r => r.Id, StringComparer.Ordinal), known);
    }

    private async Task MarkProcessedAsync(IReadOnlyList<string> submissionIds, CancellationToken cancellationToken)
    {
        foreach (var id in submissionIds.Distinct(StringComparer.Ordinal))
        {
            var record = await submissions.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (record is { Status: SubmissionStatus.Accepted })
            {
                await submissions.RecordAsync(record with { Status = SubmissionStatus.Processed }, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Evaluated {Period}: {Observations} figures read, {Findings} findings, {Transitions} alert transitions")]
    private static partial void LogEvaluated(ILogger logger, string period, int observations, int findings, int transitions);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rule {RuleId} failed for {RegionCode} {IndicatorId} in {Period} and was skipped: {Detail}")]
    private static partial void LogRuleFailed(ILogger logger, string ruleId, string regionCode, string indicatorId, string period, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert state of {Period} changed underneath (attempt {Attempt}); evaluating again")]
    private static partial void LogConflict(ILogger logger, string period, int attempt);
}
