using Azure.Core;
using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Regional.Alerts.Notifications;

namespace Regional.Azure.Messaging;

public static class AlertTransportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="INotificationTransport"/> chosen by <c>Alerts:Transport</c>: <c>StorageQueue</c> (the
    /// default; it uses the storage registered by <c>AddRegionalStorage</c>) or <c>ServiceBus</c> (the topic
    /// <c>Alerts:Topic</c> of the namespace under <c>ServiceBus</c>). Settings are validated at start.
    /// </summary>
    public static IServiceCollection AddRegionalAlertTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(configuration);
        services.AddOptions<AlertTransportOptions>()
            .BindConfiguration(AlertTransportOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ServiceBusConnectionOptions>()
            .BindConfiguration(ServiceBusConnectionOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                bus => !UsesServiceBus(configuration) || bus.IsConfigured,
                $"{AlertTransportOptions.Section}:Transport is ServiceBus: set {ServiceBusConnectionOptions.Section}:FullyQualifiedNamespace " +
                $"(Azure, with the managed identity) or {ServiceBusConnectionOptions.Section}:ConnectionString (a local run).")
            .ValidateOnStart();

        services.AddAzureClients(clients =>
            clients.AddClient<ServiceBusClient, ServiceBusClientOptions>((clientOptions, credential, provider) =>
            {
                var bus = provider.GetRequiredService<IOptions<ServiceBusConnectionOptions>>().Value;
                if (bus.HasConnectionString)
                {
                    return new ServiceBusClient(bus.ConnectionString, clientOptions);
                }

                return new ServiceBusClient(bus.FullyQualifiedNamespace, Credential(bus, credential), clientOptions);
            }));

        services.TryAddSingleton(provider => provider.GetRequiredService<ServiceBusClient>()
            .CreateSender(provider.GetRequiredService<IOptions<AlertTransportOptions>>().Value.Topic));
        services.TryAddSingleton<ServiceBusNotificationTransport>();
        services.TryAddSingleton<StorageQueueNotificationTransport>();
        services.TryAddSingleton<INotificationTransport>(provider =>
            provider.GetRequiredService<IOptions<AlertTransportOptions>>().Value.Transport switch
            {
                AlertTransportKind.ServiceBus => provider.GetRequiredService<ServiceBusNotificationTransport>(),
                _ => provider.GetRequiredService<StorageQueueNotificationTransport>(),
            });
        return services;
    }

    // An identity named for this client only; the shared credential of the other clients stays as it is.
    internal static TokenCredential Credential(ServiceBusConnectionOptions bus, TokenCredential shared) =>
        (bus.UsesManagedIdentity, bus.HasClientId) switch
        {
            (true, true) => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(bus.ClientId!)),
            (true, false) => new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned),
            (false, true) => new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = bus.ClientId }),
            (false, false) => shared,
        };

    // Read from the raw setting, not the validated options: an invalid Alerts section reports itself, once.
    private static bool UsesServiceBus(IConfiguration configuration) =>
        Enum.TryParse<AlertTransportKind>(configuration[$"{AlertTransportOptions.Section}:{nameof(AlertTransportOptions.Transport)}"], ignoreCase: true, out var kind)
        && kind == AlertTransportKind.ServiceBus;
}
