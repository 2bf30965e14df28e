using System.Text;
using Azure.Storage.Queues;
using Regional.Storage;

namespace Regional.Azure.Tests.Queues;

public sealed class WorkQueueTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private IWorkQueue Queue => Storage.Get<IWorkQueue>();

    [Fact]
    public async Task SmallMessageTravelsInline()
    {
        var queue = Storage.Options.IngestQueue;
        await Queue.SendAsync(queue, """{"submissionId":"chengdu-2025-Q3-001"}""");

        var item = Assert.Single(await Queue.ReceiveAsync(queue, 10, TimeSpan.FromSeconds(30)));
        await Queue.CompleteAsync(item);

        Assert.Equal("""{"submissionId":"chengdu-2025-Q3-001"}""", item.Body);
        Assert.Null(item.PayloadReference);
        Assert.Empty(await Queue.ReceiveAsync(queue, 10, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task CompletingAMessageAlreadyCompletedIsNotAnError()
    {
        var queue = Storage.Options.IngestQueue;
        await Queue.SendAsync(queue, "evaluate 2025-Q3");
        var item = Assert.Single(await Queue.ReceiveAsync(queue, 10, TimeSpan.FromSeconds(30)));

        await Queue.CompleteAsync(item);
        await Queue.CompleteAsync(item);

        Assert.Empty(await Queue.ReceiveAsync(queue, 10, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task MessageOverSixtyFourKiBTravelsAsAReferenceToABlob()
    {
        var queue = Storage.Options.EvaluateQueue;
        var large = new StringBuilder().Insert(0, "成都市 GDP 5.9; ", 8_000).ToString();
        Assert.True(Encoding.UTF8.GetByteCount(large) > 64 * 1024);

        await Queue.SendAsync(queue, large);
        // A client without message encoding sees the wire form: Base64, as the Functions queue trigger expects.
        var peeked = (await new QueueClient(Azurite.ConnectionString, queue).PeekMessageAsync()).Value;
        var queuedText = Encoding.UTF8.GetString(Convert.FromBase64String(peeked.Body.ToString()));
        var resolved = await Queue.ResolveAsync(queuedText);
        var item = Assert.Single(await Queue.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(30)));
        var blobsBefore = await Storage.Container(Storage.Options.QueuePayloadContainer).GetBlobsAsync().ToListAsync();
        await Queue.CompleteAsync(item);
        var blobsAfter = await Storage.Container(Storage.Options.QueuePayloadContainer).GetBlobsAsync().ToListAsync();

        Assert.True(queuedText.Length < 1024);
        Assert.Equal(large, resolved);
        Assert.Equal(large, item.Body);
        Assert.Equal(item.PayloadReference, Assert.Single(blobsBefore).Name);
        Assert.Empty(blobsAfter);
    }

    [Fact]
    public async Task MessageJustUnderTheLimitAfterEncodingStaysInline()
    {
        var queue = Storage.Options.IngestQueue;
        var fits = new string('a', 49_152);

        await Queue.SendAsync(queue, fits);
        var item = Assert.Single(await Queue.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(30)));

        Assert.Null(item.PayloadReference);
        Assert.Equal(fits, item.Body);
    }

    [Fact]
    public async Task PlainTextResolvesToItself()
    {
        Assert.Equal("evaluate sichuan 2025-Q3", await Queue.ResolveAsync("evaluate sichuan 2025-Q3"));
    }
}
