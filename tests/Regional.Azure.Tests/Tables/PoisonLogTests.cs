using Regional.Storage;

namespace Regional.Azure.Tests.Tables;

public sealed class PoisonLogTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private static readonly DateTimeOffset At = new(2025, 10, 20, 8, 0, 0, TimeSpan.Zero);

    private IPoisonLog Log => Storage.Get<IPoisonLog>();

    [Fact]
    public async Task RecordedReasonIsListedForItsQueueOnly()
    {
        var ingest = PoisonRecord.For("ingest-a", "m-1", "payload one", 5, "System.TimeoutException", "storage did not answer", At);
        await Log.RecordAsync(ingest);
        await Log.RecordAsync(PoisonRecord.For("evaluate-a", "m-2", "request", 5, "System.InvalidOperationException", "other", At));

        var listed = await Log.ListAsync("ingest-a");

        Assert.Equal([ingest], listed);
    }

    [Fact]
    public async Task SameTextFailingAgainReplacesItsReason()
    {
        await Log.RecordAsync(PoisonRecord.For("ingest-a", "m-1", "payload", 5, "System.TimeoutException", "first", At));
        var later = PoisonRecord.For("ingest-a", "m-9", "payload", 5, "System.IO.IOException", "second", At.AddHours(1));
        await Log.RecordAsync(later);

        Assert.Equal([later], await Log.ListAsync("ingest-a"));
    }

    [Fact]
    public async Task QueueNameThatLooksLikeAFilterFindsNothing()
    {
        await Log.RecordAsync(PoisonRecord.For("ingest-a", "m-1", "payload", 5, "E", "m", At));

        Assert.Empty(await Log.ListAsync("x' or PartitionKey ne '"));
    }

    [Fact]
    public void LongErrorMessagesAreCutToWhatATableColumnHolds()
    {
        var record = PoisonRecord.For("ingest-a", "m-1", "payload", 5, "E", new string('x', 100_000), At);

        Assert.Equal(PoisonRecord.MaxErrorMessageLength, record.ErrorMessage.Length);
    }
}
