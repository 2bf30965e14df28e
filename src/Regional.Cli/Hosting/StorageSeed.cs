using Microsoft.Extensions.DependencyInjection;
using Regional.Azure.Blobs;
using Regional.Azure.Storage;
using Regional.Catalogs;

namespace Regional.Cli.Hosting;

/// <summary>What seeding created: tables, containers and queues, and the catalog's files stored as blobs.</summary>
internal sealed record SeedReport(IReadOnlyList<StorageResource> Resources, string CatalogContainer, IReadOnlyList<CatalogBlob> CatalogBlobs);

/// <summary>Prepares storage for a catalog: creates what is missing and keeps the catalog's files under its id and version.</summary>
internal static class StorageSeed
{
    public static async Task<SeedReport> RunAsync(IServiceProvider services, Catalog catalog, string catalogFolder, CancellationToken cancellationToken)
    {
        var resources = await services.GetRequiredService<StorageInitializer>().CreateMissingAsync(cancellationToken).ConfigureAwait(false);
        var files = new List<(string, BinaryData)>();
        foreach (var name in CatalogLoader.FileNames)
        {
            files.Add((name, BinaryData.FromBytes(await File.ReadAllBytesAsync(Path.Combine(catalogFolder, name), cancellationToken).ConfigureAwait(false))));
        }

        var archive = services.GetRequiredService<BlobCatalogArchive>();
        var blobs = await archive.StoreAsync(catalog.Info.Id, catalog.Info.Version, files, cancellationToken).ConfigureAwait(false);
        return new SeedReport(resources, archive.ContainerName, blobs);
    }
}
