using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Catalogs;
using Regional.Pipeline;

namespace Regional.Cli.Hosting;

/// <summary>
/// The composition of the storage commands: the storage ports on Table, Blob and Queue storage, the catalog and the
/// same ingestion and evaluation pipelines the functions run. The only place the CLI wires services.
/// </summary>
internal static class CliServices
{
    public const string DefaultConnection = "UseDevelopmentStorage=true";

    /// <summary>Where the storage connection comes from when --storage is not given, in order.</summary>
    public static readonly string[] ConnectionSettings = ["REGIONAL_STORAGE", "RegionalStorage"];

    public static ServiceProvider Build(CliContext context, Catalog catalog, string? storage)
    {
        var settings = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(context.Settings)
            .Build();
        var connection = Connection(settings, storage);
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(settings)
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}"] = connection })
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton(context.Clock);
        services.AddLogging();
        services.AddRegionalStorage(configuration);
        services.AddSingleton<ICatalogProvider>(new FixedCatalogProvider(catalog));
        services.AddSingleton(provider => PipelineSettings.Default with
        {
            EvaluateQueue = provider.GetRequiredService<IOptions<StorageOptions>>().Value.EvaluateQueue,
        });
        services.AddSingleton<IngestionPipeline>();
        services.AddSingleton<EvaluationPipeline>();
        services.AddSingleton<EvaluationQueueDrain>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static string Connection(IConfiguration settings, string? storage)
    {
        if (!string.IsNullOrWhiteSpace(storage))
        {
            return storage;
        }

        return ConnectionSettings.Select(name => settings[name]).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value)) ?? DefaultConnection;
    }
}
