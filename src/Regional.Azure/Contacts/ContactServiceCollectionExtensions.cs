using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Regional.Alerts.Contacts;
using Regional.Alerts.Contacts.Rendering;
using Regional.Azure.Tables;
using Regional.Storage;

namespace Regional.Azure.Contacts;

public static class ContactServiceCollectionExtensions
{
    /// <summary>
    /// Registers delivery to contact points: the contact book of the catalog folder, the settings it names, the
    /// deliveries in the outbox table, the channels (WeCom, DingTalk, Feishu, Teams, webhook, e-mail) and the HTTP
    /// client they share with its resilience pipeline, and the dispatcher the outbox hands notifications to.
    /// </summary>
    public static IServiceCollection AddRegionalContacts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateDataAnnotations();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IContactSettings>(_ => new ConfigurationContactSettings(configuration));
        services.TryAddSingleton<IContactBookProvider, FolderContactBookProvider>();
        services.AddHostedService<ContactsLoadAtStart>();
        services.TryAddSingleton<IDeliveryOutbox, TableDeliveryOutbox>();
        services.TryAddSingleton(provider => new ContactMessages(new DashboardLinks(provider.GetRequiredService<IOptions<DashboardOptions>>().Value.BaseUrl)));
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<DeliveryOptions>>().Value.ToSettings());
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IContactChannel, WeComChannel>(),
            ServiceDescriptor.Singleton<IContactChannel, DingTalkChannel>(),
            ServiceDescriptor.Singleton<IContactChannel, FeishuChannel>(),
            ServiceDescriptor.Singleton<IContactChannel, TeamsChannel>(),
            ServiceDescriptor.Singleton<IContactChannel, WebhookChannel>(),
            ServiceDescriptor.Singleton<IContactChannel, EmailChannel>(),
        ]);
        services.TryAddSingleton<DeliveryDispatcher>();
        services.TryAddSingleton<INotificationExpansion>(provider => provider.GetRequiredService<DeliveryDispatcher>());

        services.AddHttpClient(ContactHttp.ClientName).AddResilienceHandler("contacts", (pipeline, context) =>
        {
            var delivery = context.ServiceProvider.GetRequiredService<IOptions<DeliveryOptions>>().Value;

            // Waits between retries and the attempt timeout are real time on the wire, whatever clock the app's
            // scheduling reads.
            pipeline.TimeProvider = TimeProvider.System;
            if (delivery.HttpRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = delivery.HttpRetries,
                    Delay = delivery.HttpRetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    // A vendor's "too many requests" is honoured by the outbox, which moves the delivery past the
                    // vendor's wait; retrying it here at once would only be refused again.
                    ShouldHandle = args => ValueTask.FromResult(
                        args.Outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException ||
                        args.Outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout }),
                });
            }

            pipeline.AddTimeout(delivery.HttpAttemptTimeout);
        });
        return services;
    }
}
