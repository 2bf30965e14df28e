using Regional.Catalogs;
using Regional.Pipeline;
using Regional.Submissions;
using Regional.Submissions.Validation;

namespace Regional.Cli.Files;

/// <summary>
/// Reads submission files (the JSON envelope, SDMX-CSV, SDMX-JSON) from disk the way ingestion reads a payload, so a
/// file gets the same submission id here as when it is ingested into storage.
/// </summary>
internal static class SubmissionFiles
{
    public const string Channel = "cli";

    /// <summary>The problem code of a file that could not be opened.</summary>
    public const string FileUnreadable = "file-unreadable";

    public static string? ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => "application/json",
        ".csv" => "text/csv",
        ".xml" => "application/xml",
        ".xlsx" => Regional.Spreadsheets.TemplateLayout.MediaType,
        _ => null,
    };

    public static IngestOrigin Origin(string path, DateTimeOffset receivedAt) =>
        new(Channel, Path.GetFileName(path), Path.GetFileName(path), receivedAt);

    /// <summary>Reads and validates one file; a file that cannot be opened becomes a rejected submission with the reason.</summary>
    public static async Task<SubmissionFile> ReadAsync(string path, Catalog catalog, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        byte[] payload;
        DateTimeOffset written;
        try
        {
            payload = await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false);
            written = File.GetLastWriteTimeUtc(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var unreadable = ParsedSubmission.Unreadable(SubmissionFormat.Unknown, null, new SubmissionProblem(null, null, FileUnreadable, ex.Message));
            return new SubmissionFile(fullPath, [], new SubmissionVerdict(unreadable, [], unreadable.Problems), now);
        }

        var origin = Origin(fullPath, written);
        var context = new SubmissionContext(SubmissionIdentity.Derive(origin, payload), origin.Source, written);
        var parsed = SubmissionReader.Read(payload, ContentType(fullPath), context, dataflows: catalog.Dataflows);
        var verdict = new SubmissionValidator(catalog).Validate(parsed, now);
        return new SubmissionFile(fullPath, payload, verdict, parsed.SubmittedAt ?? written);
    }

    /// <summary>Every file, in the order they were submitted (ties keep the order given).</summary>
    public static async Task<IReadOnlyList<SubmissionFile>> ReadAllAsync(IEnumerable<string> paths, Catalog catalog, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var files = new List<SubmissionFile>();
        foreach (var path in paths)
        {
            files.Add(await ReadAsync(path, catalog, now, cancellationToken).ConfigureAwait(false));
        }

        return InSubmissionOrder(files);
    }

    public static IReadOnlyList<SubmissionFile> InSubmissionOrder(IEnumerable<SubmissionFile> files) =>
        [.. files.Select((file, index) => (file, index)).OrderBy(x => x.file.SubmittedAt).ThenBy(x => x.index).Select(x => x.file)];

    /// <summary>Writes every problem of every rejected file as <c>path: line N, field F: reason</c>.</summary>
    public static void WriteProblems(IEnumerable<SubmissionFile> files, TextWriter error)
    {
        foreach (var file in files.Where(f => !f.IsAccepted))
        {
            error.WriteLine($"error: {file.Path} was rejected with {file.Verdict.Problems.Length} problem(s):");
            foreach (var problem in file.Verdict.Problems)
            {
                error.WriteLine($"  {file.Path}: {problem}");
            }
        }
    }
}
