namespace Regional.Api.Http;

/// <summary>The media types the API speaks, and the Accept header check (RFC 9110 §12.5.1, without quality ordering).</summary>
public static class MediaTypes
{
    public const string Json = "application/json; charset=utf-8";
    public const string Problem = "application/problem+json; charset=utf-8";
    public const string Csv = "text/csv; charset=utf-8";

    /// <summary>The bare media type of a Content-Type or Accept entry, lower case, without parameters.</summary>
    public static string Bare(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? value[..semicolon] : value).Trim().ToLowerInvariant();
    }

    /// <summary>
    /// Whether an Accept header lets the client take <paramref name="mediaType"/>: no header, <c>*/*</c>, <c>type/*</c>
    /// or the type itself (an entry with <c>q=0</c> refuses it).
    /// </summary>
    public static bool Accepts(string? accept, string mediaType)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return true;
        }

        var wanted = Bare(mediaType);
        var family = wanted[..(wanted.IndexOf('/', StringComparison.Ordinal) + 1)] + "*";
        foreach (var entry in accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var type = Bare(entry);
            if ((type == "*/*" || type == family || type == wanted) && !Refused(entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the client asked for exactly this type by name (not through a wildcard).</summary>
    public static bool Names(string? accept, string mediaType) =>
        !string.IsNullOrWhiteSpace(accept)
        && accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(entry => Bare(entry) == Bare(mediaType) && !Refused(entry));

    private static bool Refused(string entry) =>
        entry.Split(';', StringSplitOptions.TrimEntries).Skip(1)
            .Any(p => p.StartsWith("q=", StringComparison.OrdinalIgnoreCase) && double.TryParse(p[2..], System.Globalization.CultureInfo.InvariantCulture, out var q) && q <= 0);
}
