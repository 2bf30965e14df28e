using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Outbox;
using Regional.Alerts.Silences;
using Regional.Azure.Contacts;
using Regional.Azure.Messaging;

namespace Regional.Azure.Alerts;

public static class AlertServiceCollectionExtensions
{
    /// <summary>
    /// Registers alert delivery: the notification transport (<see cref="AlertTransportServiceCollectionExtensions.AddRegionalAlertTransport"/>),
    /// the outbox dispatcher with its settings (section <c>Dispatch</c>), delivery to contact points
    /// (<see cref="ContactServiceCollectionExtensions.AddRegionalContacts"/>), the timer's alert check, acknowledgement and
    /// silences. Needs the storage ports and the catalog.
    /// </summary>
    public static IServiceCollection AddRegionalAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRegionalAlertTransport(configuration);
        services.AddRegionalContacts(configuration);
        services.AddOptions<DispatchOptions>().Bind(configuration.GetSection(DispatchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<DispatchOptions>>().Value.ToSettings());
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<AlertMaintenance>();
        services.TryAddSingleton<AlertResponder>();
        services.TryAddSingleton<SilenceService>();
        return services;
    }
}
