using Azure;
using Microsoft.Extensions.Logging;
using Regional.Api.Http;

namespace Regional.Azure.Api;

/// <summary>
/// What every host answers when a request fails for a reason that is not the caller's: an outage of storage is 503 with
/// Retry-After; anything else unexpected is logged with its stack trace and answered as a plain 500 problem, no trace.
/// </summary>
public static partial class StorageOutage
{
    public static async Task<ApiResponse> GuardAsync(ApiRequest request, Func<Task<ApiResponse>> handle, ILogger? logger = null)
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
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (logger is not null)
            {
                LogInternalError(logger, ex, request.Path);
            }

            return Problem.Of(500, ApiProblemCodes.InternalError, "an internal error occurred; it has been logged", request.Path).ToResponse();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure answering {Path}")]
    private static partial void LogInternalError(ILogger logger, Exception exception, string path);
}
