using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Regional.Api;
using Regional.Api.Http;

namespace Regional.Web;

/// <summary>
/// The dashboard's static files, embedded in this assembly (ECharts included, copied from npm by the build), answered
/// as <see cref="ApiResponse"/>s so that each host serves them in a few lines. Each file carries a strong ETag from its
/// content and is revalidated on every load; a Content-Security-Policy keeps the page to its own origin.
/// </summary>
public static class DashboardFiles
{
    public const string DefaultFile = "index.html";

    /// <summary>Scripts, styles, images and requests only from the page's own origin; nothing framed, no plug-ins.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string Prefix = "dashboard/";

    private static readonly Assembly Assembly = typeof(DashboardFiles).Assembly;

    private static readonly FrozenDictionary<string, Lazy<Asset>> Assets = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .ToFrozenDictionary(n => n[Prefix.Length..].Replace('\\', '/'), n => new Lazy<Asset>(() => Load(n)), StringComparer.Ordinal);

    /// <summary>The names of every file served, relative to the dashboard's root.</summary>
    public static IEnumerable<string> Names => Assets.Keys.Order(StringComparer.Ordinal);

    /// <summary>The file at <paramref name="path"/> (empty: the province page), 304 when If-None-Match names it, else a 404 problem.</summary>
    public static ApiResponse Answer(ApiRequest request, string? path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = string.IsNullOrEmpty(path) ? DefaultFile : path;
        if (!Assets.TryGetValue(name, out var lazy))
        {
            return Problem.Of(404, ApiProblemCodes.NotFound, $"the dashboard has no file '{ApiInputs.Shown(name)}'", request.Path).ToResponse();
        }

        var asset = lazy.Value;
        var answer = EntityTags.Matches(request.Header("If-None-Match"), asset.ETag)
            ? ApiResponse.NotModified(asset.ETag)
            : new ApiResponse(200, asset.ContentType, asset.Content, ApiResponse.NoHeaders).WithHeader("ETag", asset.ETag);
        return answer
            .WithHeader("Cache-Control", "no-cache")
            .WithHeader("Content-Security-Policy", ContentSecurityPolicy)
            .WithHeader("X-Content-Type-Options", "nosniff")
            .WithHeader("Referrer-Policy", "no-referrer");
    }

    private static Asset Load(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"The resource {resource} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..20]}\"";
        return new Asset(content, ContentTypeOf(resource), etag);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".json" => MediaTypes.Json,
        _ => "application/octet-stream",
    };

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
