using Regional.Submissions;

namespace Regional.Pipeline;

/// <summary>Names and bounds the pipelines share with the hosts (queue names come from settings).</summary>
public sealed record PipelineSettings(string EvaluateQueue, SubmissionLimits Limits)
{
    public static readonly TimeSpan DefaultNotificationHold = TimeSpan.FromMinutes(5);

    public static PipelineSettings Default { get; } = new("evaluate", SubmissionLimits.Default);

    /// <summary>
    /// How long an evaluation holds the notifications it wrote before its alert state is stored. Comfortably longer
    /// than one evaluation: the hold only ends by itself when the evaluation stopped before releasing them.
    /// </summary>
    public TimeSpan NotificationHold { get; init; } = DefaultNotificationHold;
}
