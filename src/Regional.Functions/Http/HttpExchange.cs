using System.Collections.Immutable;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regional.Api.Http;

namespace Regional.Functions.Http;

/// <summary>Carries a request from ASP.NET Core to the API services and their answer back.</summary>
public static partial class HttpExchange
{
    /// <summary>The query parameter the host reads a function key from; it is the host's, not the endpoint's.</summary>
    public const string FunctionKeyParameter = "code";

    public static async Task<IActionResult> AnswerAsync(this HttpRequest request, Func<ApiRequest, CancellationToken, Task<ApiResponse>> handle)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handle);
        var api = request.ToApi();
        try
        {
            return new ApiResult(await handle(api, request.HttpContext.RequestAborted).ConfigureAwait(false));
        }
        catch (RequestFailedException ex) when (ex.Status is 0 or >= 500)
        {
            // An outage of storage is the service's problem, not the caller's: say so instead of failing with a 500.
            return new ApiResult(Problem.Of(503, ApiProblemCodes.StorageUnavailable, "storage did not answer; try again shortly", request.Path.Value).ToResponse()
                .WithHeader("Retry-After", "5"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Anything else is ours: logged with its stack trace, answered with one plain sentence and no trace.
            var logger = request.HttpContext.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(HttpExchange));
            if (logger is not null)
            {
                LogInternalError(logger, ex, request.Path.Value ?? "/");
            }

            return new ApiResult(Problem.Of(500, ApiProblemCodes.InternalError, "an internal error occurred; it has been logged", request.Path.Value).ToResponse());
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure answering {Path}")]
    private static partial void LogInternalError(ILogger logger, Exception exception, string path);

    public static ApiRequest ToApi(this HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = ApiRequest.NoHeaders.AddRange(request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())));
        var query = ApiRequest.NoQuery.AddRange(request.Query
            .Where(q => !string.Equals(q.Key, FunctionKeyParameter, StringComparison.Ordinal))
            .Select(q => KeyValuePair.Create(q.Key, q.Value.Select(v => v ?? string.Empty).ToImmutableArray())));
        return new ApiRequest(request.Method, request.Path.Value ?? "/", headers, query, request.Body, request.ContentLength);
    }
}
