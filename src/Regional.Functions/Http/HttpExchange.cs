using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regional.Api.Http;
using Regional.Azure.Api;
using Regional.Web;

namespace Regional.Functions.Http;

/// <summary>Carries a request from the Functions host to the API services and their answer back.</summary>
public static class HttpExchange
{
    public static async Task<IActionResult> AnswerAsync(this HttpRequest request, Func<ApiRequest, CancellationToken, Task<ApiResponse>> handle)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handle);
        var api = request.ToApi();
        var logger = request.HttpContext.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(HttpExchange));
        return new ApiResult(await StorageOutage.GuardAsync(api, () => handle(api, request.HttpContext.RequestAborted), logger).ConfigureAwait(false));
    }
}
