using Regional.Catalogs;

namespace Regional.Azure.Catalogs;

/// <summary>Which catalog the app works with: the folder in <c>Catalog:Path</c>, else the bundled one next to the binaries.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>A catalog folder; relative paths are taken from the working directory.</summary>
    public string? Path { get; set; }

    public string Directory => string.IsNullOrWhiteSpace(Path)
        ? CatalogLoader.BundledDirectory()
        : System.IO.Path.GetFullPath(Path);
}
