using Microsoft.AspNetCore.Mvc;
using Regional.Api.Http;

namespace Regional.Functions.Http;

/// <summary>Writes an <see cref="ApiResponse"/> as it is: status, headers, content type and body bytes.</summary>
public sealed class ApiResult(ApiResponse response) : IActionResult
{
    public ApiResponse Response { get; } = response;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext.Response;
        http.StatusCode = Response.Status;
        foreach (var (name, value) in Response.Headers)
        {
            http.Headers[name] = value;
        }

        if (Response.ContentType is { } contentType)
        {
            http.ContentType = contentType;
            http.ContentLength = Response.Body.Length;
            await http.Body.WriteAsync(Response.Body, context.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
