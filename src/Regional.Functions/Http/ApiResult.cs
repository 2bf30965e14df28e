using Microsoft.AspNetCore.Mvc;
using Regional.Api.Http;
using Regional.Web;

namespace Regional.Functions.Http;

/// <summary>Writes an <see cref="ApiResponse"/> as it is: status, headers, content type and body bytes.</summary>
public sealed class ApiResult(ApiResponse response) : IActionResult
{
    public ApiResponse Response { get; } = response;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.HttpContext.Response.WriteAsync(Response, context.HttpContext.RequestAborted);
    }
}
