using System.Diagnostics;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Regional.Azure;
using Regional.Functions.Telemetry;
using Regional.Telemetry;
using static Regional.Telemetry.TelemetryNames;

namespace Regional.Functions.Tests.Composition;

public sealed class TelemetryCompositionTests
{
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=https://ingestion.example.invalid/";

    [Fact]
    public void WithoutAConnectionStringTheAppsSpansMetricsAndLogsReachOpenTelemetryAndNothingGoesToAzureMonitor()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        var logs = new List<LogRecord>();
        using var provider = Build(Settings(), services => services
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics))
            .ConfigureOpenTelemetryLoggerProvider(l => l.AddInMemoryExporter(logs)));
        var tracing = provider.GetRequiredService<TracerProvider>();
        var metering = provider.GetRequiredService<MeterProvider>();
        var marker = Guid.NewGuid().ToString("N");

        var telemetry = provider.GetRequiredService<RegionalTelemetry>();
        using (var span = telemetry.StartSpan(Spans.Ingest))
        {
            span?.SetTag(Attributes.SubmissionId, marker);
        }

        telemetry.ObservationsIngested(marker, "test", 3);
        provider.GetRequiredService<ILogger<TelemetryCompositionTests>>().LogInformation("Telemetry check {Marker}", marker);
        tracing.ForceFlush();
        metering.ForceFlush();
        provider.GetRequiredService<LoggerProvider>().ForceFlush();

        Assert.Single(spans, s => s.OperationName == Spans.Ingest && Equals(s.GetTagItem(Attributes.SubmissionId), marker));
        Assert.Contains(metrics, m => m.Name == Metrics.ObservationsIngested && m.MetricPoints.Any(p => Tags(p).GetValueOrDefault(Attributes.Region) as string == marker && p.GetSumLong() == 3));
        Assert.Contains(logs, l => l.Attributes?.Any(a => a.Key == "Marker" && Equals(a.Value, marker)) == true);
        // The Functions worker's resource detector (UseFunctionsWorkerDefaults) marks the telemetry as the isolated worker's.
        Assert.StartsWith("dotnetiso:", tracing.GetResource().Attributes.Single(a => a.Key == "ai.sdk.prefix").Value as string, StringComparison.Ordinal);
        Assert.DoesNotContain(provider.GetServices<IHostedService>(), IsAzureMonitor);
    }

    [Fact]
    public void WithAConnectionStringAzureMonitorExportIsRegisteredAndSignedWithTheNamedIdentity()
    {
        var clientId = Guid.NewGuid();
        using var provider = Build(Settings(ConnectionString, $"Authorization=AAD;ClientId={clientId}"));

        var exporter = provider.GetRequiredService<IOptionsMonitor<AzureMonitorExporterOptions>>().Get(Options.DefaultName);

        Assert.Equal(ConnectionString, exporter.ConnectionString);
        Assert.IsType<ManagedIdentityCredential>(exporter.Credential);
        Assert.Contains(provider.GetServices<IHostedService>(), IsAzureMonitor);
        Assert.Equal(new AzureMonitorSettings(ConnectionString, clientId, Entra: true), AzureMonitorSettings.From(Configuration(Settings(ConnectionString, $"Authorization=AAD;ClientId={clientId}"))));
    }

    [Fact]
    public void WithAConnectionStringAndNoAuthenticationStringTheExportIsNotSigned()
    {
        using var provider = Build(Settings(ConnectionString));

        var exporter = provider.GetRequiredService<IOptionsMonitor<AzureMonitorExporterOptions>>().Get(Options.DefaultName);

        Assert.Equal(ConnectionString, exporter.ConnectionString);
        Assert.Null(exporter.Credential);
    }

    [Theory]
    [InlineData("Authorization=AAD;ClientId=not-a-guid", "is not a GUID")]
    [InlineData("ClientId=6f1c2d9e-1b7e-4c1a-9d55-0c8f3a2b4e10", "Authorization is missing")]
    [InlineData("Authorization=Key", "is not AAD")]
    [InlineData("Authorization=AAD;Tenant=contoso", "'Tenant' is not a known key")]
    public void MalformedAuthenticationStringStopsTheAppNamingTheSetting(string authentication, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(Settings(ConnectionString, authentication)));

        Assert.Contains(AzureMonitorSettings.AuthenticationStringSetting, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostJsonRunsTheHostInOpenTelemetryModeWithoutApplicationInsightsSampling()
    {
        var host = AppSettings.HostJson();

        Assert.Equal("OpenTelemetry", host.GetProperty("telemetryMode").GetString());
        Assert.False(host.GetProperty("logging").TryGetProperty("applicationInsights", out _));
    }

    private static bool IsAzureMonitor(IHostedService service) => service.GetType().Namespace?.StartsWith("Azure.Monitor.OpenTelemetry", StringComparison.Ordinal) == true;

    private static Dictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }

    private static Dictionary<string, string?> Settings(string? connectionString = null, string? authentication = null)
    {
        var settings = FunctionsApp.UniqueSettings("UseDevelopmentStorage=true");
        settings[AzureMonitorSettings.ConnectionStringSetting] = connectionString ?? string.Empty;
        settings[AzureMonitorSettings.AuthenticationStringSetting] = authentication ?? string.Empty;
        return settings;
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    /// <summary>The container as Program.cs composes it, without starting anything (no storage, no network).</summary>
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? alsoRegister = null)
    {
        var configuration = Configuration(settings);
        var services = new ServiceCollection();
        services.AddRegional(configuration);
        services.AddRegionalTelemetry(configuration);
        alsoRegister?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
