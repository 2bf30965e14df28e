using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Regional.Telemetry;

namespace Regional.Functions.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry for the worker: the "Regional" spans and metrics and every log written through <c>ILogger</c>
    /// (with its scopes), under the Functions worker's resource and correlation, so the app's spans sit under the
    /// host's invocation. Exported to Application Insights only when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>
    /// is set, signed with the managed identity that <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> names; a
    /// malformed authentication string stops the app at start with the reason.
    /// </summary>
    public static IServiceCollection AddRegionalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var azureMonitor = AzureMonitorSettings.From(configuration);

        var telemetry = services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddSource(TelemetryNames.Source))
            .WithMetrics(metrics => metrics.AddMeter(TelemetryNames.Source))
            .WithLogging(configureBuilder: null, configureOptions: logs =>
            {
                // Scopes carry the submission id, channel and period of the unit of work; the formatted message is
                // what an operator reads, the template's values stay separate as dimensions.
                logs.IncludeScopes = true;
                logs.IncludeFormattedMessage = true;
            });
        if (azureMonitor is not null)
        {
            telemetry.UseAzureMonitorExporter(exporter =>
            {
                exporter.ConnectionString = azureMonitor.ConnectionString;
                exporter.Credential = azureMonitor.Credential();
            });
        }

        return services;
    }
}
