using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Regional.Telemetry;

namespace Regional.Azure.Telemetry;

public static class InstrumentationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the app's <see cref="RegionalTelemetry"/> (activity source and meter "Regional") on the container's
    /// meter factory, for the pipelines and the dispatcher to record through. Exporting is the host's concern: the
    /// Functions app adds it with <c>AddRegionalTelemetry</c>; without an exporter the recording costs next to nothing.
    /// </summary>
    public static IServiceCollection AddRegionalInstrumentation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMetrics();
        services.TryAddSingleton(provider => new RegionalTelemetry(provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        return services;
    }
}
