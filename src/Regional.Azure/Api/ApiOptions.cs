using System.ComponentModel.DataAnnotations;

namespace Regional.Azure.Api;

/// <summary>API settings (section <c>Api</c>).</summary>
public sealed class ApiOptions : IValidatableObject
{
    public const string Section = "Api";

    /// <summary>
    /// Base64 of at least 32 random bytes that signs continuation tokens (HMAC-SHA256), shared by every instance.
    /// Empty: each process signs under a random key of its own (tokens do not survive a restart, which is fine
    /// locally); in Azure an empty key stops the app at start (<see cref="ApiOptionsValidator"/>).
    /// </summary>
    public string? ContinuationTokenKey { get; set; }

    public byte[]? TokenKey() => string.IsNullOrWhiteSpace(ContinuationTokenKey) ? null : Convert.FromBase64String(ContinuationTokenKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ContinuationTokenKey))
        {
            yield break;
        }

        byte[]? key = null;
        try
        {
            key = Convert.FromBase64String(ContinuationTokenKey);
        }
        catch (FormatException)
        {
        }

        if (key is not { Length: >= 32 })
        {
            yield return new ValidationResult("Api:ContinuationTokenKey must be Base64 of at least 32 bytes.", [nameof(ContinuationTokenKey)]);
        }
    }
}
