using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regional.Azure.Alerts;
using Regional.Azure.Api;
using Regional.Azure.Catalogs;
using Regional.Azure.Pipeline;
using Regional.Azure.Storage;
using Regional.Azure.Telemetry;

namespace Regional.Azure;

public static class RegionalServiceCollectionExtensions
{
    /// <summary>
    /// Everything the Functions app and the command line share: storage on the <c>RegionalStorage</c> account, the
    /// catalog, the pipelines, alert delivery (outbox dispatcher, transport chosen by <c>Alerts:Transport</c>) and the
    /// HTTP API services, and the app's instrumentation (spans and metrics, exported only where the host adds an
    /// exporter). Every setting it reads is listed in local.settings.sample.json.
    /// </summary>
    public static IServiceCollection AddRegional(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services
            .AddLogging()
            .AddRegionalInstrumentation()
            .AddRegionalStorage(configuration)
            .AddRegionalCatalog(configuration)
            .AddRegionalPipelines(configuration)
            .AddRegionalAlerts(configuration)
            .AddRegionalApi(configuration);
    }
}
