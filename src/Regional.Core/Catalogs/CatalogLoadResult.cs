using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Regional.Catalogs;

/// <summary>The outcome of loading a catalog folder: the catalog, or every problem found (never both).</summary>
public sealed record CatalogLoadResult(Catalog? Catalog, ImmutableArray<CatalogProblem> Problems)
{
    [MemberNotNullWhen(true, nameof(Catalog))]
    public bool Succeeded => Catalog is not null && Problems.IsEmpty;
}
