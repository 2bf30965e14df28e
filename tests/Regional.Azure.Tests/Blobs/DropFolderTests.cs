using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Regional.Azure.Blobs;
using Regional.Storage;

namespace Regional.Azure.Tests.Blobs;

public sealed class DropFolderTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private IDropFolder Folder => Storage.Get<IDropFolder>();

    private BlobContainerClient Container => Storage.Container(Storage.Options.DropContainer);

    [Fact]
    public async Task WaitingFilesAreListedInNameOrderIncludingSubfolders()
    {
        await Drop("b.csv", "b");
        await Drop("chengdu/2025-Q3.csv", "c");
        await Drop("a.json", "a");

        var names = await Folder.ListPendingAsync().Select(f => f.Name).ToListAsync();

        Assert.Equal(["a.json", "b.csv", "chengdu/2025-Q3.csv"], names);
    }

    [Fact]
    public async Task DoneFileLeavesTheListingAndIsKeptWithItsSubmission()
    {
        await Drop("chengdu.csv", "content");
        var file = await Folder.ListPendingAsync().SingleAsync();
        var claim = await Folder.ClaimAsync(file, TimeSpan.FromSeconds(30));

        var done = await Folder.MarkDoneAsync(claim!, "drop-folder-chengdu-0123", SubmissionStatus.Accepted);

        Assert.True(done);
        Assert.Empty(await Folder.ListPendingAsync().ToListAsync());
        var kept = await Container.GetBlobClient(BlobDropFolder.DonePrefix + "chengdu.csv").GetPropertiesAsync();
        Assert.Equal(("drop-folder-chengdu-0123", "Accepted"), (kept.Value.Metadata["submissionid"], kept.Value.Metadata["status"]));
        Assert.Equal("text/csv", kept.Value.ContentType);
    }

    [Fact]
    public async Task ClaimedFileCannotBeClaimedByAnotherRunUntilReleased()
    {
        await Drop("a.csv", "content");
        var file = await Folder.ListPendingAsync().SingleAsync();

        var first = await Folder.ClaimAsync(file, TimeSpan.FromSeconds(30));
        var second = await Folder.ClaimAsync(file, TimeSpan.FromSeconds(30));
        await Folder.ReleaseAsync(first!);
        var third = await Folder.ClaimAsync(file, TimeSpan.FromSeconds(30));

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.NotNull(third);
        Assert.Equal("content"u8.ToArray(), await Folder.ReadAsync(third!));
    }

    [Fact]
    public async Task FileGoneBeforeItIsClaimedIsSkipped()
    {
        await Drop("a.csv", "content");
        var file = await Folder.ListPendingAsync().SingleAsync();
        await Container.DeleteBlobAsync("a.csv");

        Assert.Null(await Folder.ClaimAsync(file, TimeSpan.FromSeconds(30)));
    }

    private Task Drop(string name, string content) =>
        Container.GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(Encoding.UTF8.GetBytes(content)),
            new BlobUploadOptions { HttpHeaders = new() { ContentType = name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/json" } });
}
