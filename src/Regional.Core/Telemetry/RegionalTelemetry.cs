using System.Diagnostics;
using System.Diagnostics.Metrics;
using Regional.Alerts;
using Regional.Alerts.Notifications;
using Regional.Engine;
using static Regional.Telemetry.TelemetryNames;

namespace Regional.Telemetry;

/// <summary>
/// The app's activity source and meter (both named <see cref="TelemetryNames.Source"/>) with its instruments, and the
/// few ways the pipelines and the dispatcher record through them. One instance per container: created from the
/// host's <see cref="IMeterFactory"/>, so each container (and each test) has meters of its own, while exporters still
/// find them by name. Only the pipelines and the dispatcher record; the engine stays free of it.
/// </summary>
public sealed class RegionalTelemetry : IDisposable
{
    private static readonly Lazy<RegionalTelemetry> Shared = new(() => new RegionalTelemetry());

    // Evaluations take from tens of milliseconds to a minute; the default buckets are meant for milliseconds.
    private static readonly IReadOnlyList<double> DurationBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

    private readonly bool _ownsMeter;
    private readonly Counter<long> _observationsIngested;
    private readonly Counter<long> _observationsRejected;
    private readonly Counter<long> _submissionsRejected;
    private readonly Counter<long> _submissionProblems;
    private readonly Counter<long> _alertsRaised;
    private readonly Counter<long> _notificationsSent;
    private readonly Counter<long> _notificationsFailed;
    private readonly Counter<long> _ruleFailures;
    private readonly Gauge<long> _notificationsPending;
    private readonly Histogram<double> _evaluationDuration;

    /// <summary>Instruments on a meter of the host's factory (which disposes it with the container).</summary>
    public RegionalTelemetry(IMeterFactory meters)
        : this(CreateMeter(meters), ownsMeter: false)
    {
    }

    /// <summary>Instruments on a meter of their own, disposed with this instance.</summary>
    public RegionalTelemetry()
        : this(new Meter(Source), ownsMeter: true)
    {
    }

    private RegionalTelemetry(Meter meter, bool ownsMeter)
    {
        Meter = meter;
        _ownsMeter = ownsMeter;
        ActivitySource = new ActivitySource(Source);
        _observationsIngested = meter.CreateCounter<long>(Metrics.ObservationsIngested, "{observation}", "Figures stored from accepted submissions");
        _observationsRejected = meter.CreateCounter<long>(Metrics.ObservationsRejected, "{observation}", "Figures of rejected submissions (none of them stored)");
        _submissionsRejected = meter.CreateCounter<long>(Metrics.SubmissionsRejected, "{submission}", "Submissions rejected as a whole");
        _submissionProblems = meter.CreateCounter<long>(Metrics.SubmissionProblems, "{problem}", "Problems found in rejected submissions, by code");
        _alertsRaised = meter.CreateCounter<long>(Metrics.AlertsRaised, "{alert}", "Alert transitions that notify (new or escalated)");
        _notificationsSent = meter.CreateCounter<long>(Metrics.NotificationsSent, "{notification}", "Notifications confirmed by the transport");
        _notificationsFailed = meter.CreateCounter<long>(Metrics.NotificationsFailed, "{notification}", "Notification sends that failed (retried) or were set aside");
        _ruleFailures = meter.CreateCounter<long>(Metrics.RuleFailures, "{failure}", "Rules that failed in an evaluation and were skipped (the rest of the period was evaluated)");
        _notificationsPending = meter.CreateGauge<long>(Metrics.NotificationsPending, "{notification}", "Notifications in the outbox not yet sent, after a dispatch run");
        _evaluationDuration = meter.CreateHistogram(
            Metrics.EvaluationDuration,
            "s",
            "Time to evaluate one period, from reading the figures to writing the alert state",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    /// <summary>
    /// The instance used where none is given (the command line and tests that do not observe telemetry): exporters
    /// listening by name still see it, a test's own listener does not.
    /// </summary>
    public static RegionalTelemetry Default => Shared.Value;

    public ActivitySource ActivitySource { get; }

    public Meter Meter { get; }

    /// <summary>Starts a span of the app's own work, a child of the current one (the function invocation in the host).</summary>
    public Activity? StartSpan(string name) => ActivitySource.StartActivity(name, ActivityKind.Internal);

    /// <summary>
    /// A span linked to the span a W3C <paramref name="linkedTo"/> traceparent names (the ingestion that queued this
    /// work): a link, not a parent, because one evaluation may serve many submissions and runs in its own invocation.
    /// A missing or malformed traceparent gives a span without a link.
    /// </summary>
    public Activity? StartSpan(string name, string? linkedTo) =>
        ActivityContext.TryParse(linkedTo, null, out var context)
            ? ActivitySource.StartActivity(name, ActivityKind.Internal, parentContext: default, links: [new ActivityLink(context)])
            : StartSpan(name);

    public void ObservationsIngested(string regionCode, string channel, long count) =>
        _observationsIngested.Add(count, new(Attributes.Region, regionCode), new(Attributes.Channel, channel));

    public void SubmissionRejected(string channel, string reason, long observations, IEnumerable<KeyValuePair<string, int>> problemsByCode)
    {
        ArgumentNullException.ThrowIfNull(problemsByCode);
        _submissionsRejected.Add(1, new(Attributes.Channel, channel), new(Attributes.RejectionReason, reason));
        _observationsRejected.Add(observations, new(Attributes.Channel, channel), new(Attributes.RejectionReason, reason));
        foreach (var (code, count) in problemsByCode)
        {
            _submissionProblems.Add(count, new KeyValuePair<string, object?>(Attributes.ProblemCode, code));
        }
    }

    public void AlertRaised(AlertTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        _alertsRaised.Add(
            1,
            new(Attributes.AlertKind, AlertKind(transition.Key.RuleId)),
            new(Attributes.AlertSeverity, NotificationVocabulary.Name(transition.Severity)),
            new(Attributes.AlertRule, transition.Key.RuleId),
            new(Attributes.AlertTransition, NotificationVocabulary.Name(transition.Kind)));
    }

    public void RuleFailed(string ruleId, string catalogId) =>
        _ruleFailures.Add(1, new(Attributes.AlertRule, ruleId), new(Attributes.CatalogId, catalogId));

    public void EvaluationTook(TimeSpan elapsed, string catalogId) =>
        _evaluationDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(Attributes.CatalogId, catalogId));

    public void NotificationsSent(string transport, long count) =>
        _notificationsSent.Add(count, new KeyValuePair<string, object?>(Attributes.Transport, transport));

    public void NotificationsFailed(string transport, string reason, long count) =>
        _notificationsFailed.Add(count, new(Attributes.Transport, transport), new(Attributes.FailureReason, reason));

    public void NotificationsPending(string catalogId, long count) =>
        _notificationsPending.Record(count, new KeyValuePair<string, object?>(Attributes.CatalogId, catalogId));

    /// <summary>growth, red-line or quality: the family of the rule, for dashboards that group alerts.</summary>
    public static string AlertKind(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return ruleId == RuleIds.GrowthTarget ? "growth"
            : ruleId.StartsWith("quality-", StringComparison.Ordinal) ? "quality"
            : "red-line";
    }

    public void Dispose()
    {
        ActivitySource.Dispose();
        if (_ownsMeter)
        {
            Meter.Dispose();
        }
    }

    private static Meter CreateMeter(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        return meters.Create(new MeterOptions(Source));
    }
}
