using System.Collections.Immutable;
using Regional.Catalogs.Dataflows;
using Regional.Catalogs.Loading;

namespace Regional.Catalogs;

/// <summary>
/// Loads a catalog folder (catalog.json, regions.json, indicators.json, targets.json, rules.json, and optionally
/// dataflows.json; see docs/catalog.md)
/// and validates all of it. Every problem is collected with its file, JSON path and reason; the load never stops at
/// the first one, so a catalog author sees the whole list in one run.
/// </summary>
public static class CatalogLoader
{
    /// <summary>The folder, next to the application's binaries, that holds the bundled catalogs (one sub-folder each).</summary>
    public const string BundledFolderName = "catalog";

    /// <summary>The bundled catalog used when none is configured.</summary>
    public const string DefaultCatalogId = "sichuan";

    public static readonly ImmutableArray<string> FileNames =
    [
        CatalogInfoReader.FileName,
        RegionsReader.FileName,
        IndicatorsReader.FileName,
        TargetsReader.FileName,
        RulesReader.FileName,
    ];

    /// <summary>The folder of a bundled catalog: <c>&lt;base&gt;/catalog/&lt;id&gt;</c>, base defaulting to the application's folder.</summary>
    public static string BundledDirectory(string catalogId = DefaultCatalogId, string? baseDirectory = null) =>
        Path.Combine(baseDirectory ?? AppContext.BaseDirectory, BundledFolderName, catalogId);

    /// <summary>Loads the bundled default catalog copied next to the binaries under <c>catalog/sichuan</c>.</summary>
    /// <exception cref="CatalogLoadException">The catalog has problems; all of them are listed.</exception>
    public static Catalog LoadDefault(string? baseDirectory = null) => Load(BundledDirectory(DefaultCatalogId, baseDirectory));

    /// <exception cref="CatalogLoadException">The catalog has problems; all of them are listed.</exception>
    public static Catalog Load(string directory)
    {
        var result = TryLoad(directory);
        return result.Succeeded ? result.Catalog : throw new CatalogLoadException(directory, result.Problems);
    }

    /// <summary>Loads and validates a catalog folder, returning the catalog or every problem found.</summary>
    public static CatalogLoadResult TryLoad(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var problems = new ProblemSink();
        if (!Directory.Exists(directory))
        {
            problems.Add(directory, "$", "catalog folder does not exist");
            return new CatalogLoadResult(null, problems.ToImmutable());
        }

        var references = new CatalogReferences();
        var info = ReadFile(directory, CatalogInfoReader.FileName, problems, CatalogInfoReader.Read);
        var regions = ReadFile(directory, RegionsReader.FileName, problems, root => (ImmutableArray<Region>?)RegionsReader.Read(root));
        references.RegionCodes = regions?.Select(r => r.Code).ToImmutableHashSet(StringComparer.Ordinal);
        var indicators = ReadFile(directory, IndicatorsReader.FileName, problems, root => (ImmutableArray<Indicator>?)IndicatorsReader.Read(root, references.InvalidIndicatorIds));
        references.Indicators = indicators?.ToImmutableDictionary(i => i.Id, StringComparer.Ordinal);
        var targets = ReadFile(directory, TargetsReader.FileName, problems, root => (ImmutableArray<GrowthTarget>?)TargetsReader.Read(root, references));
        var rules = ReadFile(directory, RulesReader.FileName, problems, root => RulesReader.Read(root, references));

        // dataflows.json is optional: without it the catalog reads SDMX in the project's own structure only.
        var dataflows = File.Exists(Path.Combine(directory, DataflowsReader.FileName))
            ? ReadFile(directory, DataflowsReader.FileName, problems, root => DataflowsReader.Read(root, references))
            : DataflowSet.Empty;

        if (problems.Count > 0 || info is null || regions is null || indicators is null || targets is null || rules is null)
        {
            return new CatalogLoadResult(null, problems.ToImmutable());
        }

        return new CatalogLoadResult(new Catalog(info, regions.Value, indicators.Value, targets.Value, rules) { Dataflows = dataflows ?? DataflowSet.Empty }, []);
    }

    private static T? ReadFile<T>(string directory, string fileName, ProblemSink problems, Func<JsonObjectReader, T?> read)
    {
        using var document = CatalogFile.Open(directory, fileName, problems);
        return document is null ? default : read(new JsonObjectReader(document.RootElement, fileName, "$", problems));
    }
}
