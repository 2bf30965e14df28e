using Regional.Catalogs;

namespace Regional.Pipeline;

/// <summary>The catalog the pipelines work with (loaded once from its folder, validated at start).</summary>
public interface ICatalogProvider
{
    Catalog Catalog { get; }
}

/// <summary>A catalog already in hand.</summary>
public sealed class FixedCatalogProvider(Catalog catalog) : ICatalogProvider
{
    public Catalog Catalog { get; } = catalog;
}
