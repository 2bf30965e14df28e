using Regional.Catalogs;

namespace Regional.Cli.Files;

/// <summary>Loads the catalog a command names (the bundled Sichuan catalog by default), reporting every problem.</summary>
internal static class CatalogFolder
{
    public static string Resolve(string? directory) =>
        string.IsNullOrWhiteSpace(directory) ? CatalogLoader.BundledDirectory() : Path.GetFullPath(directory);

    /// <summary>The catalog, or null after writing every problem (file, JSON path, reason) to <paramref name="error"/>.</summary>
    public static Catalog? Load(string? directory, TextWriter error)
    {
        var folder = Resolve(directory);
        var result = CatalogLoader.TryLoad(folder);
        if (result.Succeeded)
        {
            return result.Catalog;
        }

        error.WriteLine($"error: the catalog in '{folder}' has {result.Problems.Length} problem(s):");
        foreach (var problem in result.Problems)
        {
            error.WriteLine($"  {Path.Combine(folder, problem.File)} {problem.Path}: {problem.Reason}");
        }

        return null;
    }
}
