namespace Regional.Core.Tests.Catalogs;

/// <summary>
/// A temporary copy of a fixture catalog that a test may break: overlay files from a broken fixture, delete or
/// rewrite files. Deleted with the test.
/// </summary>
internal sealed class CatalogFolder : IDisposable
{
    public static readonly string FixturesRoot = System.IO.Path.Combine(AppContext.BaseDirectory, "Catalogs", "Fixtures");

    private CatalogFolder(string path) => Path = path;

    public string Path { get; }

    public static string Fixture(string name) => System.IO.Path.Combine(FixturesRoot, name);

    /// <summary>A copy of a valid fixture that the test may rewrite.</summary>
    public static CatalogFolder Copy(string fixture)
    {
        var folder = new CatalogFolder(Directory.CreateTempSubdirectory("regional-catalog-").FullName);
        CopyFiles(Fixture(fixture), folder.Path);
        return folder;
    }

    /// <summary>A copy of the valid EU fixture with the files of the named broken fixtures laid over it.</summary>
    public static CatalogFolder EuWith(params string[] brokenFixtures)
    {
        var folder = new CatalogFolder(Directory.CreateTempSubdirectory("regional-catalog-").FullName);
        CopyFiles(Fixture("eu-fiscal"), folder.Path);
        foreach (var broken in brokenFixtures)
        {
            CopyFiles(Fixture(System.IO.Path.Combine("broken", broken)), folder.Path);
        }

        return folder;
    }

    public CatalogFolder Without(string fileName)
    {
        File.Delete(System.IO.Path.Combine(Path, fileName));
        return this;
    }

    public CatalogFolder Write(string fileName, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), text);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static void CopyFiles(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)), overwrite: true);
        }
    }
}
