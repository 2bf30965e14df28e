namespace Regional.Api.Http;

/// <summary>Entity tags for conditional reads (RFC 9110 §8.8.3, §13.1.2).</summary>
public static class EntityTags
{
    /// <summary>
    /// A strong tag for one representation of stored content: the content's version plus what shapes the representation
    /// (format, filter), so a CSV and a JSON body of the same scorecard never share a tag.
    /// </summary>
    public static string For(string contentVersion, params string[] variant)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentVersion);
        var suffix = variant.Length == 0 ? string.Empty : "-" + ApiHashes.Short(string.Join('\n', variant));
        return $"\"{contentVersion}{suffix}\"";
    }

    /// <summary>Whether If-None-Match names the tag (weak comparison, as §13.1.2 asks) or is <c>*</c>.</summary>
    public static bool Matches(string? ifNoneMatch, string etag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
        {
            return false;
        }

        var opaque = Opaque(etag);
        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (candidate == "*" || Opaque(candidate) == opaque)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an If-Match header holds for the current tag (RFC 9110 §13.1.1): <c>*</c> holds for any stored
    /// representation, a list holds when one member is the tag by strong comparison (a weak tag never matches), and a
    /// value that is not a list of tags holds for nothing.
    /// </summary>
    public static bool IfMatch(string ifMatch, string etag)
    {
        ArgumentNullException.ThrowIfNull(ifMatch);
        ArgumentNullException.ThrowIfNull(etag);
        var candidates = ifMatch.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return candidates.Length == 1 && candidates[0] == "*"
            || candidates.Any(c => !c.StartsWith("W/", StringComparison.Ordinal) && string.Equals(c, etag, StringComparison.Ordinal));
    }

    private static string Opaque(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
}
