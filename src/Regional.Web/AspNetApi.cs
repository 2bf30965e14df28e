using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Regional.Api.Http;

namespace Regional.Web;

/// <summary>Carries a request from ASP.NET Core to the API services and their answer back; both hosts use it.</summary>
public static class AspNetApi
{
    /// <summary>The query parameter the Functions host reads a function key from; it is the host's, not the endpoint's.</summary>
    public const string FunctionKeyParameter = "code";

    public static ApiRequest ToApi(this HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = ApiRequest.NoHeaders.AddRange(request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())));
        var query = ApiRequest.NoQuery.AddRange(request.Query
            .Where(q => !string.Equals(q.Key, FunctionKeyParameter, StringComparison.Ordinal))
            .Select(q => KeyValuePair.Create(q.Key, q.Value.Select(v => v ?? string.Empty).ToImmutableArray())));
        return new ApiRequest(request.Method, request.Path.Value ?? "/", headers, query, request.Body, request.ContentLength);
    }

    /// <summary>Writes the answer as it is: status, headers, content type and body bytes.</summary>
    public static async Task WriteAsync(this HttpResponse http, ApiResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(response);
        http.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }

        if (response.ContentType is { } contentType)
        {
            http.ContentType = contentType;
            http.ContentLength = response.Body.Length;
            await http.Body.WriteAsync(response.Body, cancellationToken).ConfigureAwait(false);
        }
    }
}
