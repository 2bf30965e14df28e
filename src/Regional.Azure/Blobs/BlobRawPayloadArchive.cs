using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Storage;

namespace Regional.Azure.Blobs;

/// <summary>Raw payloads as block blobs; a name is written once (If-None-Match: *), so a replay keeps the original.</summary>
public sealed class BlobRawPayloadArchive(BlobServiceClient service, IOptions<StorageOptions> options) : IRawPayloadArchive
{
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(options.Value.RawPayloadContainer);

    public async Task<bool> StoreAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
    {
        BlobNames.Validate(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        try
        {
            await _container.GetBlobClient(name).UploadAsync(
                BinaryData.FromBytes(content),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        BlobNames.Validate(name);
        try
        {
            var download = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return download.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
