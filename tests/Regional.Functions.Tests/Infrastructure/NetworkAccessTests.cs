namespace Regional.Functions.Tests.Infrastructure;

/// <summary>
/// Network access as the compiled template deploys it: by default storage, Service Bus and the Key Vault refuse public
/// networks and the Function App reaches them through its virtual network and their private endpoints; a development
/// environment opens them with one parameter; a Standard Service Bus namespace, which has no private endpoints, is the
/// one service left on its public endpoint, and only when that tier is chosen.
/// </summary>
public sealed class NetworkAccessTests
{
    private const string Storage = "Microsoft.Storage/storageAccounts";
    private const string ServiceBus = "Microsoft.ServiceBus/namespaces";
    private const string KeyVault = "Microsoft.KeyVault/vaults";

    [Fact]
    public void ByDefaultStorageServiceBusAndTheVaultRefusePublicNetworks()
    {
        var deployment = Deployments.Defaults();

        Assert.Equal("Disabled", PublicNetworkAccess(deployment, "storage", Storage));
        Assert.Equal("Deny", DefaultNetworkAction(deployment, "storage", Storage));
        Assert.Equal("Disabled", PublicNetworkAccess(deployment, "messaging", ServiceBus));
        Assert.Equal("Premium", Sku(deployment, "messaging", ServiceBus));
        Assert.Equal("Disabled", PublicNetworkAccess(deployment, "keyvault", KeyVault));
        Assert.Equal("Deny", DefaultNetworkAction(deployment, "keyvault", KeyVault));
    }

    [Fact]
    public void ByDefaultTheAppJoinsAVirtualNetworkWithAPrivateEndpointForEachServiceItReaches()
    {
        var deployment = Deployments.Defaults();
        var network = deployment.Module("network");
        var endpoints = network.ResourcesOfType("Microsoft.Network/privateEndpoints").Single();
        var groups = ((List<object?>)network.Variable("endpoints")!).Cast<IReadOnlyDictionary<string, object?>>()
            .ToDictionary(e => (string)e["groupId"]!, e => (string)e["zone"]!, StringComparer.Ordinal);

        Assert.True(deployment.ModuleDeployed("network"));
        Assert.NotNull(SiteProperty(deployment, "virtualNetworkSubnetId"));
        Assert.Equal(true, ((IReadOnlyDictionary<string, object?>)SiteProperty(deployment, "siteConfig")!)["vnetRouteAllEnabled"]);
        Assert.Equal("[length(variables('endpoints'))]", endpoints.GetProperty("copy").GetProperty("count").GetString());
        // The private DNS zone of each service's private link, as Azure names them in its global cloud.
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["blob"] = "privatelink.blob.core.windows.net",
                ["queue"] = "privatelink.queue.core.windows.net",
                ["table"] = "privatelink.table.core.windows.net",
                ["vault"] = "privatelink.vaultcore.azure.net",
                ["namespace"] = "privatelink.servicebus.windows.net",
            },
            groups);
        Assert.Equal("Microsoft.App/environments", AppSubnetDelegation(network));
    }

    [Fact]
    public void ADevelopmentEnvironmentOpensThePublicEndpointsAndLeavesTheNetworkOut()
    {
        var deployment = Deployments.With(("allowPublicNetworkAccess", true), ("serviceBusSku", "Standard"));

        Assert.Equal("Enabled", PublicNetworkAccess(deployment, "storage", Storage));
        Assert.Equal("Allow", DefaultNetworkAction(deployment, "storage", Storage));
        Assert.Equal("Enabled", PublicNetworkAccess(deployment, "messaging", ServiceBus));
        Assert.Equal("Enabled", PublicNetworkAccess(deployment, "keyvault", KeyVault));
        Assert.False(deployment.ModuleDeployed("network"));
        Assert.Null(SiteProperty(deployment, "virtualNetworkSubnetId"));
        Assert.Equal(false, ((IReadOnlyDictionary<string, object?>)SiteProperty(deployment, "siteConfig")!)["vnetRouteAllEnabled"]);
    }

    [Fact]
    public void AStandardServiceBusStaysOnItsPublicEndpointWhileEverythingElseStaysPrivate()
    {
        var deployment = Deployments.With(("serviceBusSku", "Standard"));
        var groups = ((List<object?>)deployment.Module("network").Variable("endpoints")!).Cast<IReadOnlyDictionary<string, object?>>()
            .Select(e => (string)e["groupId"]!);

        Assert.Equal("Enabled", PublicNetworkAccess(deployment, "messaging", ServiceBus));
        Assert.Equal("Standard", Sku(deployment, "messaging", ServiceBus));
        Assert.DoesNotContain("namespace", groups);
        Assert.Equal("Disabled", PublicNetworkAccess(deployment, "storage", Storage));
        Assert.Equal("Disabled", PublicNetworkAccess(deployment, "keyvault", KeyVault));
    }

    private static IReadOnlyDictionary<string, object?> Properties(TemplateEvaluation deployment, string module, string type)
    {
        var scope = deployment.Module(module);
        var resource = Assert.Single(scope.ResourcesOfType(type), r => r.TryGetProperty("properties", out _));
        return (IReadOnlyDictionary<string, object?>)scope.Evaluate(resource.GetProperty("properties"))!;
    }

    private static string? PublicNetworkAccess(TemplateEvaluation deployment, string module, string type) =>
        Properties(deployment, module, type).TryGetValue("publicNetworkAccess", out var value) ? value as string : null;

    private static string? DefaultNetworkAction(TemplateEvaluation deployment, string module, string type) =>
        ((IReadOnlyDictionary<string, object?>)Properties(deployment, module, type)["networkAcls"]!)["defaultAction"] as string;

    private static string? Sku(TemplateEvaluation deployment, string module, string type)
    {
        var scope = deployment.Module(module);
        var resource = Assert.Single(scope.ResourcesOfType(type), r => r.TryGetProperty("properties", out _));
        return ((IReadOnlyDictionary<string, object?>)scope.Evaluate(resource.GetProperty("sku"))!)["name"] as string;
    }

    private static object? SiteProperty(TemplateEvaluation deployment, string name)
    {
        var properties = Properties(deployment, "api", "Microsoft.Web/sites");
        return properties.TryGetValue(name, out var value) ? value : null;
    }

    private static string? AppSubnetDelegation(TemplateEvaluation network)
    {
        var vnet = network.ResourcesOfType("Microsoft.Network/virtualNetworks").Single();
        var subnets = (List<object?>)((IReadOnlyDictionary<string, object?>)network.Evaluate(vnet.GetProperty("properties"))!)["subnets"]!;
        var app = subnets.Cast<IReadOnlyDictionary<string, object?>>().Single(s => (string)s["name"]! == "app");
        var delegation = ((List<object?>)((IReadOnlyDictionary<string, object?>)app["properties"]!)["delegations"]!).Cast<IReadOnlyDictionary<string, object?>>().Single();
        return ((IReadOnlyDictionary<string, object?>)delegation["properties"]!)["serviceName"] as string;
    }
}
