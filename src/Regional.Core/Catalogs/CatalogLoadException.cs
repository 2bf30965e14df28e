using System.Collections.Immutable;

namespace Regional.Catalogs;

/// <summary>Thrown by <see cref="CatalogLoader.Load"/> with every problem of the catalog folder, not only the first.</summary>
public sealed class CatalogLoadException : Exception
{
    public CatalogLoadException(string directory, ImmutableArray<CatalogProblem> problems)
        : base(Describe(directory, problems))
    {
        Directory = directory;
        Problems = problems;
    }

    public string Directory { get; }

    public ImmutableArray<CatalogProblem> Problems { get; }

    private static string Describe(string directory, ImmutableArray<CatalogProblem> problems) =>
        $"The catalog in '{directory}' has {problems.Length} problem(s):{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
