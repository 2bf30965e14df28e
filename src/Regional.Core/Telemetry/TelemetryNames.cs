namespace Regional.Telemetry;

/// <summary>
/// The names the app's traces and metrics carry, defined once: dashboards, alert rules and queries depend on them, so
/// they change only together with docs/operations.md (section Telemetry).
/// </summary>
public static class TelemetryNames
{
    /// <summary>The name of both the activity source and the meter.</summary>
    public const string Source = "Regional";

    /// <summary>Span names: one span per unit of work.</summary>
    public static class Spans
    {
        public const string Ingest = "regional.ingest";
        public const string Evaluate = "regional.evaluate";
        public const string Dispatch = "regional.dispatch";
    }

    /// <summary>Instrument names.</summary>
    public static class Metrics
    {
        public const string ObservationsIngested = "regional.observations.ingested";
        public const string ObservationsRejected = "regional.observations.rejected";
        public const string SubmissionsRejected = "regional.submissions.rejected";
        public const string SubmissionProblems = "regional.submission.problems";
        public const string AlertsRaised = "regional.alerts.raised";
        public const string NotificationsSent = "regional.notifications.sent";
        public const string NotificationsFailed = "regional.notifications.failed";
        public const string NotificationsPending = "regional.notifications.pending";
        public const string EvaluationDuration = "regional.evaluation.duration";
        public const string RuleFailures = "regional.evaluation.rule_failures";
    }

    /// <summary>Attribute (tag) names on spans and measurements.</summary>
    public static class Attributes
    {
        public const string SubmissionId = "regional.submission.id";
        public const string Period = "regional.period";
        public const string Region = "regional.region";
        public const string CatalogId = "regional.catalog.id";
        public const string Channel = "regional.channel";
        public const string SubmissionStatus = "regional.submission.status";
        public const string ObservationCount = "regional.observation.count";
        public const string ProblemCount = "regional.problem.count";
        public const string RejectionReason = "regional.rejection.reason";
        public const string ProblemCode = "regional.problem.code";
        public const string Attempts = "regional.evaluation.attempts";
        public const string FindingCount = "regional.finding.count";
        public const string TransitionCount = "regional.transition.count";
        public const string AlertKind = "regional.alert.kind";
        public const string AlertSeverity = "regional.alert.severity";
        public const string AlertRule = "regional.alert.rule";
        public const string AlertTransition = "regional.alert.transition";
        public const string Transport = "regional.transport";
        public const string FailureReason = "regional.failure.reason";
        public const string SentCount = "regional.dispatch.sent";
        public const string FailedCount = "regional.dispatch.failed";
        public const string SetAsideCount = "regional.dispatch.set_aside";
        public const string PendingCount = "regional.dispatch.pending";
    }

    /// <summary>Values of <see cref="Attributes.FailureReason"/>.</summary>
    public static class FailureReasons
    {
        /// <summary>The transport refused or did not confirm a batch; every entry of it is retried later.</summary>
        public const string TransportError = "transport-error";

        /// <summary>One notification is too large for the transport and is set aside for good.</summary>
        public const string TooLarge = "too-large";
    }
}
