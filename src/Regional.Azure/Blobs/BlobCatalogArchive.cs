using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;

namespace Regional.Azure.Blobs;

/// <summary>
/// Keeps the files a catalog version was loaded from, as <c>&lt;id&gt;/&lt;version&gt;/&lt;file&gt;</c> in the catalog
/// container. A version is published once: storing it again keeps the first copy, so results evaluated under a
/// version can always be traced to the rules that produced them.
/// </summary>
public sealed class BlobCatalogArchive(BlobServiceClient blobs, IOptions<StorageOptions> options)
{
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(options.Value.CatalogContainer);

    public string ContainerName => _container.Name;

    public static string BlobName(string catalogId, string version, string fileName) => $"{catalogId}/{version}/{fileName}";

    /// <summary>Stores each file unless the version already holds it; tells which were stored now.</summary>
    public async Task<IReadOnlyList<CatalogBlob>> StoreAsync(
        string catalogId,
        string version,
        IEnumerable<(string FileName, BinaryData Content)> files,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(files);
        var stored = new List<CatalogBlob>();
        foreach (var (fileName, content) in files)
        {
            var name = BlobName(catalogId, version, fileName);
            BlobNames.Validate(name);
            try
            {
                await _container.GetBlobClient(name).UploadAsync(
                    content,
                    new BlobUploadOptions
                    {
                        Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                        HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                    },
                    cancellationToken).ConfigureAwait(false);
                stored.Add(new CatalogBlob(name, true));
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                stored.Add(new CatalogBlob(name, false));
            }
        }

        return stored;
    }
}

/// <summary>A catalog file's blob and whether it was stored now (false: the version already held it).</summary>
public sealed record CatalogBlob(string Name, bool Created);
