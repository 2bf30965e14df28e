using Regional.Submissions;

namespace Regional.Pipeline;

/// <summary>Names and bounds the pipelines share with the hosts (queue names come from settings).</summary>
public sealed record PipelineSettings(string EvaluateQueue, SubmissionLimits Limits)
{
    public static PipelineSettings Default { get; } = new("evaluate", SubmissionLimits.Default);
}
