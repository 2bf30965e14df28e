using System.Collections.Immutable;

namespace Regional.Api.Http;

/// <summary>
/// An HTTP request as the API services see it, free of any web framework: the path (for problem instances), headers
/// by case-insensitive name (repeated headers joined with a comma), query parameters with every value given, and the
/// body as a stream with its declared length and content type.
/// </summary>
public sealed record ApiRequest(
    string Method,
    string Path,
    ImmutableDictionary<string, string> Headers,
    ImmutableDictionary<string, ImmutableArray<string>> Query,
    Stream Body,
    long? ContentLength = null)
{
    public static readonly ImmutableDictionary<string, string> NoHeaders = ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    public static readonly ImmutableDictionary<string, ImmutableArray<string>> NoQuery = ImmutableDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? ContentType => Header("Content-Type");

    /// <summary>A request without body, for reads.</summary>
    public static ApiRequest Get(string path, IEnumerable<KeyValuePair<string, string>>? headers = null, IEnumerable<KeyValuePair<string, string>>? query = null) =>
        new("GET", path, HeadersOf(headers), QueryOf(query), Stream.Null, 0);

    public static ImmutableDictionary<string, string> HeadersOf(IEnumerable<KeyValuePair<string, string>>? headers) =>
        headers is null ? NoHeaders : NoHeaders.AddRange(headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => KeyValuePair.Create(g.Key, string.Join(", ", g.Select(h => h.Value)))));

    public static ImmutableDictionary<string, ImmutableArray<string>> QueryOf(IEnumerable<KeyValuePair<string, string>>? query) =>
        query is null ? NoQuery : NoQuery.AddRange(query.GroupBy(q => q.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Select(q => q.Value).ToImmutableArray())));
}
