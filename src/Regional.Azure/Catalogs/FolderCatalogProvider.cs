using Microsoft.Extensions.Options;
using Regional.Catalogs;
using Regional.Pipeline;

namespace Regional.Azure.Catalogs;

/// <summary>The catalog of the configured folder, loaded once on first use.</summary>
public sealed class FolderCatalogProvider(IOptions<CatalogOptions> options) : ICatalogProvider
{
    private readonly Lazy<Catalog> _catalog = new(() => CatalogLoader.Load(options.Value.Directory));

    public Catalog Catalog => _catalog.Value;
}
