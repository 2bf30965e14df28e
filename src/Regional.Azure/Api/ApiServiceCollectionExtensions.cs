using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Regional.Api;
using Regional.Api.Authorization;
using Regional.Api.Endpoints;
using Regional.Api.Paging;
using Regional.Azure.Storage;

namespace Regional.Azure.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the HTTP API services: authentication from the <c>Auth</c> section and what the platform says about
    /// the site (<see cref="PlatformSettings"/>, from the process environment only, unless one is registered before),
    /// the gate every endpoint goes through, and the endpoint services. Needs the storage ports, the catalog and the
    /// pipeline settings (<see cref="RegionalServiceCollectionExtensions.AddRegional"/>).
    /// </summary>
    public static IServiceCollection AddRegionalApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(PlatformSettings.FromProcess());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ApiSettingsCheckAtStart>());

        services.TryAddSingleton(provider => Environment(provider.GetRequiredService<PlatformSettings>(), provider.GetRequiredService<IOptions<AuthOptions>>().Value));
        services.TryAddSingleton<Authentication>();
        services.TryAddSingleton(provider => new ApiSettings(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.IngestQueue,
            provider.GetRequiredService<IOptions<ApiOptions>>().Value.TokenKey()));
        services.TryAddSingleton(provider => new ContinuationTokens(provider.GetRequiredService<ApiSettings>().TokenKey));
        services.TryAddSingleton<ApiGate>();
        services.TryAddSingleton<CatalogEndpoints>();
        services.TryAddSingleton<TemplateEndpoints>();
        services.TryAddSingleton<ScorecardEndpoints>();
        services.TryAddSingleton<HistoryEndpoint>();
        services.TryAddSingleton<SubmissionEndpoints>();
        services.TryAddSingleton<AlertEndpoints>();
        services.TryAddSingleton<SilenceEndpoints>();
        services.TryAddSingleton<OpenApiEndpoint>();
        services.TryAddSingleton<CallerEndpoint>();
        services.TryAddSingleton<ApiHandlers>();
        services.TryAddSingleton<HealthEndpoint>();
        return services;
    }

    /// <summary>The platform's own variables say whether this is an Azure site and whether it authenticates requests.</summary>
    private static AuthEnvironment Environment(PlatformSettings platform, AuthOptions options) =>
        new(AuthEnvironment.ParseMode(options.Mode), options.Mode, platform.InAzure, platform.AuthenticationEnabled);
}
