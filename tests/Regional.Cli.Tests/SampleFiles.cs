using System.Text.Json;
using Regional.Sample;

namespace Regional.Cli.Tests;

/// <summary>The synthetic sample written by <c>regional sample</c> into a folder of its own, with its manifest.</summary>
internal sealed class SampleFiles : IDisposable
{
    private readonly TempFolder _folder = new();

    private SampleFiles(IReadOnlyList<string> files, SampleManifest manifest)
    {
        Files = files;
        Manifest = manifest;
    }

    public IReadOnlyList<string> Files { get; private set; }

    public SampleManifest Manifest { get; private set; }

    public static async Task<SampleFiles> WriteAsync()
    {
        var sample = new SampleFiles([], null!);
        var result = await Cli.RunAsync("sample", "--out", sample._folder.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        sample.Files = [.. Directory.GetFiles(sample._folder.Path, "*.json").Order(StringComparer.Ordinal)];
        var manifest = await File.ReadAllBytesAsync(Path.Combine(sample._folder.Path, SampleDataWriter.ManifestFolderName, SampleDataWriter.ManifestFileName));
        sample.Manifest = JsonSerializer.Deserialize<SampleManifest>(manifest, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return sample;
    }

    /// <summary>The files of some periods only (their names carry the period).</summary>
    public IReadOnlyList<string> Of(params string[] periods) =>
        [.. Files.Where(f => periods.Any(p => Path.GetFileName(f).Contains($"-{p}-", StringComparison.Ordinal)))];

    public void Dispose() => _folder.Dispose();
}
