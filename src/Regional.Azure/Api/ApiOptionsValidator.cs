using Microsoft.Extensions.Options;

namespace Regional.Azure.Api;

/// <summary>
/// In Azure the paging tokens must be signed under a configured key, the same on every instance: without one each
/// instance would sign under a key of its own and refuse the tokens of the others, so the app refuses to start.
/// </summary>
internal sealed class ApiOptionsValidator(PlatformSettings platform) : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return platform.InAzure && string.IsNullOrWhiteSpace(options.ContinuationTokenKey)
            ? ValidateOptionsResult.Fail(
                "Api:ContinuationTokenKey is empty and the app runs in Azure; set it to Base64 of at least 32 random bytes, " +
                "the same on every instance (the infrastructure deploys one as Api__ContinuationTokenKey).")
            : ValidateOptionsResult.Success;
    }
}
