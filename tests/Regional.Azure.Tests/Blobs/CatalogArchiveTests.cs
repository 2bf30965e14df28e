using Regional.Azure.Blobs;

namespace Regional.Azure.Tests.Blobs;

public sealed class CatalogArchiveTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    [Fact]
    public async Task CatalogFilesAreStoredUnderIdAndVersion()
    {
        var archive = Storage.Get<BlobCatalogArchive>();

        var stored = await archive.StoreAsync("demo", "1.0", [("catalog.json", BinaryData.FromString("{\"id\":\"demo\"}"))]);

        Assert.Equal(new CatalogBlob("demo/1.0/catalog.json", true), Assert.Single(stored));
        var content = await Storage.Container(Storage.Options.CatalogContainer).GetBlobClient("demo/1.0/catalog.json").DownloadContentAsync();
        Assert.Equal("{\"id\":\"demo\"}", content.Value.Content.ToString());
    }

    [Fact]
    public async Task StoringAVersionAgainKeepsTheFirstCopy()
    {
        var archive = Storage.Get<BlobCatalogArchive>();
        await archive.StoreAsync("demo", "1.0", [("rules.json", BinaryData.FromString("first"))]);

        var again = await archive.StoreAsync("demo", "1.0", [("rules.json", BinaryData.FromString("second"))]);

        Assert.False(Assert.Single(again).Created);
        var content = await Storage.Container(Storage.Options.CatalogContainer).GetBlobClient("demo/1.0/rules.json").DownloadContentAsync();
        Assert.Equal("first", content.Value.Content.ToString());
    }
}
