using System.ComponentModel.DataAnnotations;
using Regional.Pipeline;

namespace Regional.Azure.Pipeline;

/// <summary>
/// How evaluations run (section <c>Evaluation</c>): <see cref="NotificationHold"/> is how long the notifications of an
/// evaluation stay held in the outbox when it stops before storing its alert state; far longer than one evaluation.
/// </summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    [Range(typeof(TimeSpan), "00:00:30", "1.00:00:00")]
    public TimeSpan NotificationHold { get; set; } = PipelineSettings.DefaultNotificationHold;
}
