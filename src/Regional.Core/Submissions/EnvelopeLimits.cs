namespace Regional.Submissions;

/// <summary>
/// The longest text each string field of the JSON envelope may hold (published in
/// <c>schemas/submission.v1.schema.json</c>), checked by the reader with a problem naming the field, so that whatever
/// is accepted at the door can be stored: no field reaches Table Storage's 64 KiB property limit, and the payload
/// itself is kept whole in the raw-payload archive.
/// </summary>
public static class EnvelopeLimits
{
    /// <summary><c>submissionId</c>: <see cref="SubmissionIds.MaxLength"/> characters of the id alphabet.</summary>
    public const int MaxSubmissionIdLength = SubmissionIds.MaxLength;

    /// <summary><c>source</c>: who sends the figures, a bureau's name.</summary>
    public const int MaxSourceLength = 200;

    /// <summary><c>region</c> and <c>indicator</c> of an observation: catalog codes.</summary>
    public const int MaxCodeLength = 64;

    /// <summary>At most this much of a refused value is repeated in a problem's reason.</summary>
    public const int MaxEchoLength = 64;

    /// <summary>A value as a problem repeats it: cut to <see cref="MaxEchoLength"/> characters.</summary>
    public static string Echo(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= MaxEchoLength ? value : string.Concat(value.AsSpan(0, MaxEchoLength), $"… ({value.Length} characters)");
    }
}
