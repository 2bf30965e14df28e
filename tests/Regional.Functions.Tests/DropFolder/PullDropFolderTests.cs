using System.Text;
using Azure.Storage.Blobs.Models;
using Regional.Azure.Blobs;
using Regional.Functions.DropFolder;
using Regional.Periods;
using Regional.Storage;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.DropFolder;

public sealed class PullDropFolderTests(AzuriteFixture azurite) : FunctionsTest(azurite)
{
    private static readonly Period Q3 = Period.Parse("2025-Q3");

    private static readonly string ZigongFile = SdmxCsv("2025-Q3", ("510300", "gdp_growth", 5.2), ("510300", "retail_growth", 4.4));

    private PullDropFolder Function => App.Function<PullDropFolder>();

    [Fact]
    public async Task TimerFiredTwiceIngestsTheFileOnce()
    {
        await Drop("zigong/2025-Q3.csv", ZigongFile);

        await Function.Run(Deliveries.Tick(), CancellationToken.None);
        await Function.Run(Deliveries.Tick(pastDue: true), CancellationToken.None);

        await AssertIngestedOnce();
        Assert.Empty(await Waiting());
    }

    [Fact]
    public async Task TwoRunsAtOnceIngestTheFileOnce()
    {
        await Drop("zigong.csv", ZigongFile);
        await Drop("panzhihua.csv", SdmxCsv("2025-Q3", ("510400", "gdp_growth", 3.1)));

        await Task.WhenAll(Function.Run(Deliveries.Tick(), CancellationToken.None), Function.Run(Deliveries.Tick(), CancellationToken.None));

        var submissions = await Submissions();
        Assert.Equal(2, submissions.Count);
        var stored = await App.Get<IObservationStore>().ReadPeriodAsync(CatalogId, Q3);
        Assert.Equal(3, stored.Count);
        Assert.All(stored, o => Assert.Equal(1, o.Vintage));
        Assert.Empty(await Waiting());
    }

    [Fact]
    public async Task SameFileDroppedAgainAfterItWasIngestedIsRecognisedAndSetAside()
    {
        await Drop("zigong.csv", ZigongFile);
        await Function.Run(Deliveries.Tick(), CancellationToken.None);

        await Drop("zigong.csv", ZigongFile);
        await Function.Run(Deliveries.Tick(), CancellationToken.None);

        await AssertIngestedOnce();
        Assert.Empty(await Waiting());
        var done = await App.Container(App.Storage.DropContainer).GetBlobClient(BlobDropFolder.DonePrefix + "zigong.csv").GetPropertiesAsync();
        Assert.Equal(nameof(SubmissionStatus.Accepted), done.Value.Metadata["status"]);
    }

    [Fact]
    public async Task BadFileIsRecordedAsRejectedAndDoesNotStayWaiting()
    {
        await Drop("broken.csv", "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nRG:REGIONAL(1.0),999999,gdp_growth,2025-Q3,5.0\n");

        await Function.Run(Deliveries.Tick(), CancellationToken.None);

        var record = await App.Get<ISubmissionStore>().GetAsync(Assert.Single(await Submissions()).Id);
        Assert.Equal(SubmissionStatus.Rejected, record!.Status);
        Assert.Contains(record.Problems, p => p.Reason.Contains("999999", StringComparison.Ordinal));
        Assert.Empty(await Waiting());
    }

    private async Task AssertIngestedOnce()
    {
        var submission = Assert.Single(await Submissions());
        Assert.Equal(SubmissionStatus.Accepted, submission.Status);
        var stored = await App.Get<IObservationStore>().ReadPeriodAsync(CatalogId, Q3);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, o => Assert.Equal(1, o.Vintage));
    }

    private Task<IReadOnlyList<SubmissionSummary>> Submissions() =>
        App.Get<ISubmissionStore>().ListByDayAsync(DateOnly.FromDateTime(FunctionsApp.Today.UtcDateTime));

    private Task<List<DroppedFile>> Waiting() => App.Get<IDropFolder>().ListPendingAsync().ToListAsync().AsTask();

    private Task Drop(string name, string content) =>
        App.Container(App.Storage.DropContainer).GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(Encoding.UTF8.GetBytes(content)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/csv" } });
}
