using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Storage;

namespace Regional.Azure.Blobs;

/// <summary>
/// The drop folder as a blob container. A file is claimed with a blob lease; a finished file is moved under
/// <see cref="DonePrefix"/> (copy with the submission id and status as metadata, then delete the original under the
/// lease). Listing walks the container by folder and skips <see cref="DonePrefix"/>, so it only reads waiting files
/// however many have been done.
/// </summary>
public sealed class BlobDropFolder(BlobServiceClient service, IOptions<StorageOptions> options, TimeProvider clock) : IDropFolder
{
    public const string DonePrefix = "processed/";

    private readonly BlobContainerClient _container = service.GetBlobContainerClient(options.Value.DropContainer);

    public async IAsyncEnumerable<DroppedFile> ListPendingAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var folders = new Stack<string>();
        folders.Push(string.Empty);
        while (folders.TryPop(out var folder))
        {
            var subfolders = new List<string>();
            await foreach (var item in _container.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, delimiter: "/", prefix: folder.Length == 0 ? null : folder, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (item.IsPrefix)
                {
                    if (!string.Equals(item.Prefix, DonePrefix, StringComparison.Ordinal))
                    {
                        subfolders.Add(item.Prefix);
                    }

                    continue;
                }

                var properties = item.Blob.Properties;
                yield return new DroppedFile(item.Blob.Name, properties.ContentLength ?? 0, properties.ContentType, properties.LastModified ?? DateTimeOffset.MinValue);
            }

            // Deepest last pushed first: sub-folders are walked in name order.
            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                folders.Push(subfolders[i]);
            }
        }
    }

    public async Task<DropFolderClaim?> ClaimAsync(DroppedFile file, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var lease = _container.GetBlobClient(file.Name).GetBlobLeaseClient();
        try
        {
            var acquired = await lease.AcquireAsync(duration, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new DropFolderClaim(file, acquired.Value.LeaseId);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409)
        {
            // 409: another run holds the lease; 404: another run finished the file meanwhile.
            return null;
        }
    }

    public async Task<byte[]> ReadAsync(DropFolderClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var download = await _container.GetBlobClient(claim.File.Name).DownloadContentAsync(
            new BlobDownloadOptions { Conditions = new BlobRequestConditions { LeaseId = claim.Token } },
            cancellationToken).ConfigureAwait(false);
        return download.Value.Content.ToArray();
    }

    public async Task<bool> MarkDoneAsync(DropFolderClaim claim, string submissionId, SubmissionStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        var content = await ReadAsync(claim, cancellationToken).ConfigureAwait(false);
        await _container.GetBlobClient(DonePrefix + claim.File.Name).UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = claim.File.ContentType },
                Metadata = new Dictionary<string, string>
                {
                    ["submissionid"] = submissionId,
                    ["status"] = status.ToString(),
                    ["processedat"] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                },
            },
            cancellationToken).ConfigureAwait(false);
        try
        {
            await _container.GetBlobClient(claim.File.Name).DeleteAsync(
                DeleteSnapshotsOption.IncludeSnapshots,
                new BlobRequestConditions { LeaseId = claim.Token },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // The lease ran out and another run took the file; it finishes it (and ingestion recognises the content).
            return false;
        }
    }

    public async Task ReleaseAsync(DropFolderClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        try
        {
            await _container.GetBlobClient(claim.File.Name).GetBlobLeaseClient(claim.Token).ReleaseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // Gone or already expired: nothing is held any more.
        }
    }
}
