using System.Text.Json;
using Regional.Azure.Api;
using Regional.Tests.Shared;

namespace Regional.Functions.Tests.Configuration;

/// <summary>
/// The settings contract between the app, its infrastructure and its local sample: every setting the app reads is
/// deployed by the compiled Bicep and listed in <c>local.settings.sample.json</c>, and neither sets anything that
/// nothing reads. The app's side is found from the app (<see cref="SettingsTheAppReads"/>), the infrastructure's from
/// the compiled template.
/// </summary>
public sealed class ConfigurationContractTests
{
    /// <summary>Settings the Functions host reads for itself; the worker never looks at them.</summary>
    private static readonly Dictionary<string, string> HostReads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AzureWebJobsStorage"] = "the host's own storage (timer schedules, singleton locks), as a connection string locally",
        ["AzureWebJobsStorage:accountName"] = "the host's own storage through the identity in Azure",
        ["AzureWebJobsStorage:credential"] = "the host's own storage through the identity in Azure",
        ["AzureWebJobsStorage:clientId"] = "the host's own storage through the identity in Azure",
        ["FUNCTIONS_WORKER_RUNTIME"] = "picks the isolated worker locally; Flex Consumption takes it from functionAppConfig.runtime",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "where the host sends its telemetry",
        ["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] = "how the host authenticates to Application Insights (Entra, the identity)",
    };

    /// <summary>Settings the App Service platform sets on every site; the app reads them, nobody deploys them.</summary>
    private static readonly string[] PlatformProvided = [AuthOptions.SiteNameSetting, AuthOptions.InstanceIdSetting, AuthOptions.PlatformAuthSetting];

    /// <summary>Settings the app reads that Azure does not set, and why.</summary>
    private static readonly Dictionary<string, string> LocalOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RegionalStorage"] = "a connection string carries the account key; in Azure the RegionalStorage__*ServiceUri settings and the identity are used",
        ["ServiceBus:ConnectionString"] = "a connection string carries a shared access key; in Azure the namespace and the identity are used",
        ["Catalog:Path"] = "a catalog folder outside the package; in Azure the catalog bundled with the app is read",
        ["Alerts:Queue"] = "only the StorageQueue alert transport reads it; in Azure alerts go to the Service Bus topic",
    };

    /// <summary>
    /// Settings of delivery to contact points that the template does not set yet, and why. The contact points' own
    /// settings (<c>Contacts__&lt;id&gt;__Url</c>, <c>__Secret</c>) are not listed here or in the template: their names
    /// come from the catalog's contacts.json, each is read by that name when a message is sent (a Key Vault reference
    /// in Azure), and <see cref="EveryContactPointSettingIsNamedByTheCatalogAndReadOnlyWhenSending"/> covers them.
    /// </summary>
    private static readonly Dictionary<string, string> NotDeployedByTheTemplate = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dashboard:BaseUrl"] = "the dashboard's address is known only once it is deployed; without it messages name the alert id instead of linking",
        ["Delivery:MaxAttempts"] = "retry defaults of delivery suit Azure",
        ["Delivery:FirstRetry"] = "retry defaults of delivery suit Azure",
        ["Delivery:MaxRetry"] = "retry defaults of delivery suit Azure",
        ["Delivery:HttpRetries"] = "retry defaults of delivery suit Azure",
        ["Delivery:HttpRetryDelay"] = "retry defaults of delivery suit Azure",
        ["Delivery:HttpAttemptTimeout"] = "retry defaults of delivery suit Azure",
        ["Smtp:Host"] = "the SMTP relay is the deployment's own (a government intranet relay); only e-mail contact points read it",
        ["Smtp:Port"] = "with Smtp:Host",
        ["Smtp:Security"] = "with Smtp:Host",
        ["Smtp:From"] = "with Smtp:Host",
        ["Smtp:UserName"] = "with Smtp:Host",
        ["Smtp:Password"] = "with Smtp:Host; a Key Vault reference where the relay needs one",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> Deployed = new(() => CompiledTemplate.Load().AppSettings());

    private static readonly Lazy<IReadOnlyDictionary<string, string?>> Sample = new(LoadSample);

    private static readonly Lazy<SettingsTheAppReads.Reads> InAzure = new(() => SettingsTheAppReads.Compose(AzureSettings()));

    private static readonly Lazy<SettingsTheAppReads.Reads> Locally = new(() => SettingsTheAppReads.Compose(Sample.Value));

    private static readonly Lazy<(IReadOnlySet<string> Expressions, IReadOnlySet<string> Connections)> Bindings =
        new(() => SettingsTheAppReads.FromMetadata(FunctionsMetadata.Load()));

    private static readonly Lazy<HashSet<string>> Reads = new(AppReads);

    [Fact]
    public void TheAppComposesWithExactlyTheSettingsTheTemplateDeploys() =>
        Assert.True(InAzure.Value.Failures.Count == 0, string.Join(Environment.NewLine, InAzure.Value.Failures));

    [Fact]
    public void TheAppComposesWithTheSampleLocalSettings() =>
        Assert.True(Locally.Value.Failures.Count == 0, string.Join(Environment.NewLine, Locally.Value.Failures));

    [Fact]
    public void EverySettingTheAppReadsIsDeployedByTheTemplate()
    {
        var deployed = Keys(Deployed.Value.Keys);
        var missing = Reads.Value
            .Where(k => !LocalOnly.ContainsKey(k) && !NotDeployedByTheTemplate.ContainsKey(k) && !PlatformProvided.Contains(k, StringComparer.OrdinalIgnoreCase))
            .Where(k => !deployed.Contains(k))
            .Order(StringComparer.Ordinal)
            .ToList();
        var connections = Bindings.Value.Connections
            .Where(c => !deployed.Contains(c) && !deployed.Any(d => d.StartsWith(c + ":", StringComparison.OrdinalIgnoreCase)));

        Assert.True(missing.Count == 0, "read by the app, not set by infra/app/api.bicep: " + string.Join(", ", missing));
        Assert.Empty(connections);
    }

    [Fact]
    public void EveryContactPointSettingIsNamedByTheCatalogAndReadOnlyWhenSending()
    {
        var book = Regional.Alerts.Contacts.ContactsLoader.LoadOrEmpty(Regional.Catalogs.CatalogLoader.BundledDirectory(), Regional.Catalogs.CatalogLoader.LoadDefault());
        var named = book.ContactPoints.SelectMany(c => new[] { c.Setting, c.SecretSetting }).OfType<string>().Select(SettingsTheAppReads.Normalize).ToList();

        Assert.NotEmpty(named);
        Assert.All(named, n => Assert.StartsWith("Contacts:", n, StringComparison.Ordinal));
        Assert.All(named, n => Assert.False(Reads.Value.Contains(n), $"{n} is read while the app composes; a contact point's setting is read when a message is sent"));
        Assert.All(NotDeployedByTheTemplate.Keys, k => Assert.True(Reads.Value.Contains(k), $"{k} is declared not deployed but nothing reads it"));
    }

    [Fact]
    public void EverySettingTheAppReadsIsListedInTheSample()
    {
        var listed = Keys(Sample.Value.Keys);
        var missing = Reads.Value
            .Concat(Bindings.Value.Connections)
            .Where(k => !PlatformProvided.Contains(k, StringComparer.OrdinalIgnoreCase) && !listed.Contains(k))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "read by the app, not in local.settings.sample.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void TheTemplateSetsNothingThatNothingReads()
    {
        var unread = Keys(Deployed.Value.Keys).Where(k => !Read(k)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unread.Count == 0, "set by infra/app/api.bicep, read by nothing: " + string.Join(", ", unread));
    }

    [Fact]
    public void TheSampleListsNothingThatNothingReads()
    {
        var unread = Keys(Sample.Value.Keys).Where(k => !Read(k)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unread.Count == 0, "listed in local.settings.sample.json, read by nothing: " + string.Join(", ", unread));
    }

    [Fact]
    public void EveryLocalOnlySettingIsReadAndNotDeployed()
    {
        var reads = Reads.Value;
        var deployed = Keys(Deployed.Value.Keys);

        Assert.All(LocalOnly.Keys, k => Assert.True(reads.Contains(k), $"{k} is declared local-only but nothing reads it"));
        Assert.All(LocalOnly.Keys, k => Assert.False(deployed.Contains(k), $"{k} is local-only ({LocalOnly[k]}) but the template sets it"));
        Assert.All(PlatformProvided, k => Assert.False(deployed.Contains(k), $"{k} belongs to the platform; the template must not set it"));
    }

    [Fact]
    public void EveryDeployedConnectionIsIdentityBasedAndNoSettingHoldsAKey()
    {
        var settings = Deployed.Value;
        foreach (var connection in new[] { "AzureWebJobsStorage", "RegionalStorage", "ServiceBus" })
        {
            Assert.Equal("managedidentity", Literal(settings, connection + "__credential"));
            Assert.True(settings.ContainsKey(connection + "__clientId"), $"{connection}__clientId names the user-assigned identity");
        }

        var withKeys = settings.Where(s => s.Value.ValueKind == JsonValueKind.String &&
            (s.Value.GetString()!.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase) ||
             s.Value.GetString()!.Contains("SharedAccessKey", StringComparison.OrdinalIgnoreCase) ||
             s.Value.GetString()!.Contains("listKeys", StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(withKeys.Select(s => s.Key));
    }

    [Fact]
    public void TheTemplateDeploysTheServiceBusTransportBehindPlatformAuthentication()
    {
        Assert.Equal("ServiceBus", Literal(Deployed.Value, "Alerts__Transport"));
        Assert.Equal("EasyAuth", Literal(Deployed.Value, "Auth__Mode"));
    }

    [Fact]
    public void ClaimCheckBodiesExpireInTheContainerTheAppWritesThemTo()
    {
        var policy = Assert.Single(CompiledTemplate.Load().ResourcesOfType("Microsoft.Storage/storageAccounts/managementPolicies"));
        var rule = Assert.Single(policy.GetProperty("properties").GetProperty("policy").GetProperty("rules").EnumerateArray());
        var prefixes = rule.GetProperty("definition").GetProperty("filters").GetProperty("prefixMatch").EnumerateArray().Select(p => p.GetString());

        Assert.Equal([Literal(Deployed.Value, "Storage__QueuePayloadContainer") + "/"], prefixes);
        Assert.NotEqual(Literal(Deployed.Value, "Storage__RawPayloadContainer"), Literal(Deployed.Value, "Storage__QueuePayloadContainer"));
    }

    /// <summary>Everything the worker reads in either environment, and every %Setting% of its bindings.</summary>
    private static HashSet<string> AppReads()
    {
        var reads = new HashSet<string>(InAzure.Value.Keys, StringComparer.OrdinalIgnoreCase);
        reads.UnionWith(Locally.Value.Keys);
        reads.UnionWith(Bindings.Value.Expressions);
        return reads;
    }

    private static bool Read(string key)
    {
        return Reads.Value.Contains(key) || HostReads.ContainsKey(key) ||
            Bindings.Value.Connections.Any(c => key.Equals(c, StringComparison.OrdinalIgnoreCase) || key.StartsWith(c + ":", StringComparison.OrdinalIgnoreCase));
    }

    private static HashSet<string> Keys(IEnumerable<string> keys) =>
        keys.Select(SettingsTheAppReads.Normalize).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string? Literal(IReadOnlyDictionary<string, JsonElement> settings, string key) =>
        settings.TryGetValue(key, out var value) ? value.GetString() : null;

    /// <summary>
    /// The deployed settings with a plausible value for each one the template computes at deployment (an endpoint, a
    /// client id), plus what the platform sets on every site, so the app can be composed exactly as Azure would run it.
    /// </summary>
    private static Dictionary<string, string?> AzureSettings()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in Deployed.Value)
        {
            var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            settings[key] = text.StartsWith('[') ? Placeholder(key) : text;
        }

        settings[AuthOptions.SiteNameSetting] = "func-regional-contract";
        settings[AuthOptions.InstanceIdSetting] = "0123456789abcdef";
        settings[AuthOptions.PlatformAuthSetting] = "True";
        return settings;
    }

    private static string Placeholder(string key)
    {
        const string ClientId = "6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b";
        var separator = key.LastIndexOf("__", StringComparison.Ordinal);
        var name = separator < 0 ? key : key[(separator + 2)..];
        return name switch
        {
            "tableServiceUri" => "https://stregional.table.core.windows.net",
            "blobServiceUri" => "https://stregional.blob.core.windows.net",
            "queueServiceUri" => "https://stregional.queue.core.windows.net",
            "fullyQualifiedNamespace" => "sb-regional.servicebus.windows.net",
            "clientId" => ClientId,
            "accountName" => "stregional",
            "APPLICATIONINSIGHTS_CONNECTION_STRING" => $"InstrumentationKey={ClientId};IngestionEndpoint=https://chinanorth3-0.in.applicationinsights.azure.cn/",
            "APPLICATIONINSIGHTS_AUTHENTICATION_STRING" => "Authorization=AAD;ClientId=" + ClientId,
            "ContinuationTokenKey" => Convert.ToBase64String(new byte[32]),
            _ => throw new InvalidOperationException($"the template computes {key}; give it a plausible value here"),
        };
    }

    private static Dictionary<string, string?> LoadSample()
    {
        var path = Path.Combine(CompiledTemplate.RepositoryRoot, "local.settings.sample.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name, p => (string?)p.Value.GetString(), StringComparer.OrdinalIgnoreCase);
    }
}
