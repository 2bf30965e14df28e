using System.Collections.Immutable;
using System.Text.Json;
using Regional.Serialization;

namespace Regional.Api.Http;

/// <summary>What an API service answers: status, content type, body bytes and extra headers (ETag, Location, ...).</summary>
public sealed record ApiResponse(int Status, string? ContentType, ReadOnlyMemory<byte> Body, ImmutableDictionary<string, string> Headers)
{
    public static readonly ImmutableDictionary<string, string> NoHeaders = ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    public static ApiResponse Json<T>(int status, T body) =>
        new(status, MediaTypes.Json, JsonSerializer.SerializeToUtf8Bytes(body, RegionalJson.Options), NoHeaders);

    public static ApiResponse Ok<T>(T body) => Json(200, body);

    public static ApiResponse Text(int status, string contentType, string body) =>
        new(status, contentType, System.Text.Encoding.UTF8.GetBytes(body), NoHeaders);

    public static ApiResponse NotModified(string etag) =>
        new(304, null, ReadOnlyMemory<byte>.Empty, NoHeaders.Add("ETag", etag));

    public ApiResponse WithHeader(string name, string value) => this with { Headers = Headers.SetItem(name, value) };

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public T Read<T>() => JsonSerializer.Deserialize<T>(Body.Span, RegionalJson.Options)
        ?? throw new InvalidOperationException("The response body is empty.");
}
