using System.Globalization;
using System.Text.Json;

namespace Regional.Catalogs.Loading;

/// <summary>Opens one file of a catalog folder as a JSON document, reporting a missing, unreadable or malformed file.</summary>
internal static class CatalogFile
{
    // Catalogs are edited by hand: comments and trailing commas are allowed.
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static JsonDocument? Open(string directory, string fileName, ProblemSink problems)
    {
        var path = Path.Combine(directory, fileName);
        if (!System.IO.File.Exists(path))
        {
            problems.Add(fileName, "$", "file is missing");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(fileName, "$", $"file cannot be read: {e.Message}");
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException e)
        {
            problems.Add(fileName, "$", Malformed(e));
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            problems.Add(fileName, "$", $"must be a JSON object, found {document.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            document.Dispose();
            return null;
        }

        return document;
    }

    private static string Malformed(JsonException e)
    {
        // The reader's message repeats line and position in its own 0-based form; report them 1-based once.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"malformed JSON at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}: {message.Trim()}");
    }
}
