using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Regional.Pipeline;

namespace Regional.Azure.Catalogs;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ICatalogProvider"/> of the folder named by <c>Catalog:Path</c> (default: the bundled
    /// catalog next to the binaries), validated when the host starts.
    /// </summary>
    public static IServiceCollection AddRegionalCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CatalogOptions>()
            .Bind(configuration.GetSection(CatalogOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CatalogOptions>, CatalogOptionsValidator>());
        services.TryAddSingleton<ICatalogProvider, FolderCatalogProvider>();
        services.AddHostedService<CatalogLoadAtStart>();
        return services;
    }
}
