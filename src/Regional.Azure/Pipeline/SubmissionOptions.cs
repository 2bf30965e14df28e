using System.ComponentModel.DataAnnotations;
using Regional.Submissions;

namespace Regional.Azure.Pipeline;

/// <summary>Bounds on submissions (section <c>Submissions</c>).</summary>
public sealed class SubmissionOptions
{
    public const string Section = "Submissions";

    /// <summary>Largest payload read, in bytes; a larger one is rejected (and still archived).</summary>
    [Range(typeof(long), "1", "268435456")]
    public long MaxBytes { get; set; } = SubmissionLimits.DefaultMaxBytes;
}
