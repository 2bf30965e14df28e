namespace Regional.Submissions;

/// <summary>Bounds on what a single submission may be.</summary>
public sealed record SubmissionLimits
{
    public const long DefaultMaxBytes = 8L * 1024 * 1024;

    public SubmissionLimits(long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        MaxBytes = maxBytes;
    }

    public static SubmissionLimits Default { get; } = new();

    /// <summary>Largest payload accepted, in bytes; checked before reading when the length is known, else while reading.</summary>
    public long MaxBytes { get; }
}
