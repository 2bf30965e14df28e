using Azure;
using Regional.Api.Http;

namespace Regional.Azure.Api;

/// <summary>An outage of storage is the service's problem, not the caller's: every host answers it as 503 with Retry-After.</summary>
public static class StorageOutage
{
    public static async Task<ApiResponse> GuardAsync(ApiRequest request, Func<Task<ApiResponse>> handle)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handle);
        try
        {
            return await handle().ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 0 or >= 500)
        {
            return Problem.Of(503, ApiProblemCodes.StorageUnavailable, "storage did not answer; try again shortly", request.Path).ToResponse()
                .WithHeader("Retry-After", "5");
        }
    }
}
