using System.Text;
using Regional.Storage;

namespace Regional.Azure.Tests.Blobs;

public sealed class RawPayloadArchiveTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private IRawPayloadArchive Archive => Storage.Get<IRawPayloadArchive>();

    [Fact]
    public async Task StoredBytesAreReadBackUnderTheirContentAddress()
    {
        var payload = Encoding.UTF8.GetBytes("""{"schema":"regional.submission/v1","submissionId":"chengdu-2025-Q3-001"}""");
        var name = RawPayloadNames.ContentAddressed(payload);

        var created = await Archive.StoreAsync(name, payload, "application/json");
        var read = await Archive.ReadAsync(name);

        Assert.True(created);
        Assert.Equal(payload, read);
        Assert.StartsWith("sha256/", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoringUnderAnExistingNameKeepsTheFirstContent()
    {
        await Archive.StoreAsync("submissions/2025-10-20/a.csv", "first"u8.ToArray(), "text/csv");

        var created = await Archive.StoreAsync("submissions/2025-10-20/a.csv", "second"u8.ToArray(), "text/csv");

        Assert.False(created);
        Assert.Equal("first"u8.ToArray(), await Archive.ReadAsync("submissions/2025-10-20/a.csv"));
    }

    [Fact]
    public async Task UnknownNameReadsAsNull()
    {
        Assert.Null(await Archive.ReadAsync("sha256/" + new string('0', 64)));
    }
}
