using System.Text.Json;
using Regional.Submissions.Envelope;

namespace Regional.Sample;

/// <summary>
/// Writes synthetic submissions as envelope files <c>NNNN-&lt;submissionId&gt;.json</c> numbered in submission order
/// (so a folder read in name order replays them in time order), and the manifest beside them in
/// <c>manifest/planted-cases.json</c>, out of the way of a reader that takes every <c>*.json</c> of the folder.
/// </summary>
public static class SampleDataWriter
{
    public const string ManifestFolderName = "manifest";
    public const string ManifestFileName = "planted-cases.json";

    /// <summary>Writes the envelopes and the manifest; returns the envelope file paths in submission order.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(SampleData sample, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var paths = new List<string>(sample.Envelopes.Length);
        for (var i = 0; i < sample.Envelopes.Length; i++)
        {
            var envelope = sample.Envelopes[i];
            var path = Path.Combine(folder, EnvelopeAssembler.FileName(i + 1, envelope));
            await File.WriteAllBytesAsync(path, EnvelopeJson.Serialize(envelope), cancellationToken).ConfigureAwait(false);
            paths.Add(path);
        }

        var manifestFolder = Directory.CreateDirectory(Path.Combine(folder, ManifestFolderName));
        await File.WriteAllBytesAsync(
            Path.Combine(manifestFolder.FullName, ManifestFileName),
            SerializeManifest(sample.Manifest),
            cancellationToken).ConfigureAwait(false);
        return paths;
    }

    public static byte[] SerializeManifest(SampleManifest manifest) =>
        JsonSerializer.SerializeToUtf8Bytes(manifest, new JsonSerializerOptions(EnvelopeJson.Options) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
}
