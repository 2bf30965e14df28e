using System.Collections.Immutable;

namespace Regional.Catalogs.Loading;

/// <summary>Collects problems across all files so that one load reports everything wrong at once.</summary>
internal sealed class ProblemSink
{
    private readonly List<CatalogProblem> _problems = [];

    public int Count => _problems.Count;

    public void Add(string file, string path, string reason) => _problems.Add(new CatalogProblem(file, path, reason));

    public ImmutableArray<CatalogProblem> ToImmutable() => [.. _problems];
}
