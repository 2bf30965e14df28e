using System.Text.Json;

namespace Regional.Functions.Tests.Composition;

/// <summary>The repository's sample settings and host.json, as copied next to the tests.</summary>
internal static class AppSettings
{
    public static string RepositoryFile(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, name);
            if (File.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "Regional.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{name} was not found at the repository root above {AppContext.BaseDirectory}");
    }

    /// <summary>The Values of local.settings.sample.json with <c>__</c> read as the section separator, as the host reads them.</summary>
    public static Dictionary<string, string?> Sample()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryFile("local.settings.sample.json")));
        return document.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.GetString(), StringComparer.OrdinalIgnoreCase);
    }

    public static JsonElement HostJson()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
        return document.RootElement.Clone();
    }
}
