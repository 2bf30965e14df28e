using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regional.Alerts.Notifications;
using Regional.Azure.Messaging;
using Regional.Azure.Storage;

namespace Regional.Azure.Tests.Messaging;

public sealed class AlertTransportRegistrationTests
{
    [Fact]
    public async Task ServiceBusSettingsAreReadAndPublishToTheConfiguredTopic()
    {
        // Named as the infrastructure sets them: an identity-based connection of Azure Functions.
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:Transport"] = "ServiceBus",
            ["Alerts:Topic"] = "regional-alerts",
            ["Alerts:Queue"] = "regional-alert-queue",
            ["ServiceBus:fullyQualifiedNamespace"] = "regionalprod.servicebus.windows.net",
            ["ServiceBus:credential"] = "managedidentity",
            ["ServiceBus:clientId"] = "6f1c2a3b-0d4e-4f5a-9b8c-7d6e5f4a3b2c",
        };
        await using var provider = Build(settings);

        provider.GetRequiredService<IStartupValidator>().Validate();
        var alerts = provider.GetRequiredService<IOptions<AlertTransportOptions>>().Value;
        var bus = provider.GetRequiredService<IOptions<ServiceBusConnectionOptions>>().Value;
        var transport = provider.GetRequiredService<INotificationTransport>();

        Assert.Equal(AlertTransportKind.ServiceBus, alerts.Transport);
        Assert.Equal("regional-alerts", alerts.Topic);
        Assert.Equal("regional-alert-queue", alerts.Queue);
        Assert.Equal("regionalprod.servicebus.windows.net", bus.FullyQualifiedNamespace);
        Assert.Equal("managedidentity", bus.Credential);
        Assert.Equal("6f1c2a3b-0d4e-4f5a-9b8c-7d6e5f4a3b2c", bus.ClientId);
        Assert.Null(bus.ConnectionString);
        Assert.IsType<ServiceBusNotificationTransport>(transport);
        Assert.Equal("ServiceBus", transport.Name);
        Assert.Equal("regional-alerts", provider.GetRequiredService<ServiceBusSender>().EntityPath);
        Assert.Equal("regionalprod.servicebus.windows.net", provider.GetRequiredService<ServiceBusClient>().FullyQualifiedNamespace);
    }

    [Fact]
    public async Task ConnectionStringBuildsTheClientForItsNamespace()
    {
        const string connection = "Endpoint=sb://regional-dev.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=bm90LWEtcmVhbC1rZXk=";
        await using var provider = Build(new() { ["Alerts:Transport"] = "ServiceBus", ["ServiceBus:ConnectionString"] = connection });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(connection, provider.GetRequiredService<IOptions<ServiceBusConnectionOptions>>().Value.ConnectionString);
        Assert.Equal("regional-dev.servicebus.windows.net", provider.GetRequiredService<ServiceBusClient>().FullyQualifiedNamespace);
        Assert.Equal("alerts", provider.GetRequiredService<ServiceBusSender>().EntityPath);
    }

    [Fact]
    public async Task StorageQueueIsTheDefaultAndNeedsNoServiceBusSettings()
    {
        await using var provider = Build([]);

        provider.GetRequiredService<IStartupValidator>().Validate();
        var alerts = provider.GetRequiredService<IOptions<AlertTransportOptions>>().Value;
        var transport = Assert.IsType<StorageQueueNotificationTransport>(provider.GetRequiredService<INotificationTransport>());

        Assert.Equal((AlertTransportKind.StorageQueue, "alerts", "alerts"), (alerts.Transport, alerts.Topic, alerts.Queue));
        Assert.Equal("alerts", transport.QueueName);
        Assert.Equal("StorageQueue", transport.Name);
    }

    [Fact]
    public async Task ServiceBusTransportWithoutANamespaceOrConnectionStringFailsAtStart()
    {
        await using var provider = Build(new() { ["Alerts:Transport"] = "ServiceBus" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ServiceBus:FullyQualifiedNamespace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamespaceGivenAsAUrlFailsAtStart()
    {
        await using var provider = Build(new() { ["Alerts:Transport"] = "ServiceBus", ["ServiceBus:FullyQualifiedNamespace"] = "sb://regionalprod.servicebus.windows.net/" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("without sb://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCredentialKindFailsAtStart()
    {
        await using var provider = Build(new()
        {
            ["Alerts:Transport"] = "ServiceBus",
            ["ServiceBus:fullyQualifiedNamespace"] = "regionalprod.servicebus.windows.net",
            ["ServiceBus:credential"] = "password",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("'managedidentity'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManagedIdentityCredentialIsUsedWhenNamedAndTheSharedCredentialOtherwise()
    {
        var shared = new DefaultAzureCredential();
        const string clientId = "6f1c2a3b-0d4e-4f5a-9b8c-7d6e5f4a3b2c";

        Assert.IsType<ManagedIdentityCredential>(AlertTransportServiceCollectionExtensions.Credential(new() { Credential = "ManagedIdentity", ClientId = clientId }, shared));
        Assert.IsType<ManagedIdentityCredential>(AlertTransportServiceCollectionExtensions.Credential(new() { Credential = "managedidentity" }, shared));
        Assert.NotSame(shared, Assert.IsType<DefaultAzureCredential>(AlertTransportServiceCollectionExtensions.Credential(new() { ClientId = clientId }, shared)));
        Assert.Same(shared, AlertTransportServiceCollectionExtensions.Credential(new(), shared));
    }

    [Theory]
    [InlineData("Alerts:Queue", "Alerts_Queue", "Queue names")]
    [InlineData("Alerts:Topic", "-alerts", "Topic names")]
    public async Task IllegalEntityNameFailsAtStart(string setting, string value, string expected)
    {
        await using var provider = Build(new() { [setting] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTransportFailsAtStart()
    {
        await using var provider = Build(new() { ["Alerts:Transport"] = "Carrier-pigeon" });

        var error = Assert.ThrowsAny<InvalidOperationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Carrier-pigeon", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["RegionalStorage"] = "UseDevelopmentStorage=true";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddRegionalStorage(configuration)
            .AddRegionalAlertTransport(configuration)
            .BuildServiceProvider(validateScopes: true);
    }
}
