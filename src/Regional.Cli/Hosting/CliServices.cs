using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regional.Azure;
using Regional.Azure.Catalogs;
using Regional.Azure.Storage;
using Regional.Catalogs;
using Regional.Pipeline;

namespace Regional.Cli.Hosting;

/// <summary>
/// The composition of the storage commands: the same <c>AddRegional</c> the functions use (storage on the
/// <c>RegionalStorage</c> account, the catalog, the pipelines), over settings from the environment, with the
/// command line's catalog and connection on top. The only place the CLI wires services.
/// </summary>
internal static class CliServices
{
    public const string DefaultConnection = "UseDevelopmentStorage=true";

    /// <summary>The environment variable that names the storage connection when --storage is not given.</summary>
    public const string ConnectionVariable = "REGIONAL_STORAGE";

    public static ServiceProvider Build(CliContext context, Catalog catalog, string catalogDirectory, string? storage)
    {
        var services = new ServiceCollection();
        AddCommandServices(services, context, catalog);
        services.AddRegional(Configuration(context, catalogDirectory, storage));
        services.AddSingleton<EvaluationQueueDrain>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>What a command puts before the shared composition: its clock and the catalog it loaded.</summary>
    public static void AddCommandServices(IServiceCollection services, CliContext context, Catalog catalog)
    {
        services.AddSingleton(context.Clock);
        services.AddSingleton<ICatalogProvider>(new FixedCatalogProvider(catalog));
    }

    /// <summary>Settings from the environment and the context, with the command line's catalog folder and storage on top.</summary>
    public static IConfiguration Configuration(CliContext context, string catalogDirectory, string? storage, IReadOnlyDictionary<string, string?>? defaults = null)
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(defaults ?? new Dictionary<string, string?>())
            .AddEnvironmentVariables()
            .AddInMemoryCollection(context.Settings)
            .Build();
        var overrides = new Dictionary<string, string?> { [$"{CatalogOptions.Section}:{nameof(CatalogOptions.Path)}"] = catalogDirectory };
        if (Connection(settings, storage) is { } connection)
        {
            overrides[StorageConnection.Name] = connection;
        }

        return new ConfigurationBuilder()
            .AddConfiguration(settings)
            .AddInMemoryCollection(overrides)
            .Build();
    }

    /// <summary>
    /// --storage, else REGIONAL_STORAGE, else null when the RegionalStorage setting already names an account (a
    /// connection string or service URIs), else the local emulator.
    /// </summary>
    private static string? Connection(IConfiguration settings, string? storage)
    {
        if (!string.IsNullOrWhiteSpace(storage))
        {
            return storage;
        }

        if (settings[ConnectionVariable] is { Length: > 0 } variable)
        {
            return variable;
        }

        var configured = settings.GetSection(StorageConnection.Name);
        return configured.Value is { Length: > 0 } || configured.GetChildren().Any() ? null : DefaultConnection;
    }
}
