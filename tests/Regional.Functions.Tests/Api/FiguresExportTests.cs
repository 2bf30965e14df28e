using System.Text;
using Regional.Pipeline;
using Regional.Storage;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

public sealed class FiguresExportTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    [Fact]
    public async Task ExportedFiguresIngestedIntoAFreshStoreGiveIdenticalFigures()
    {
        await EvaluatedAsync(Q3);
        var exported = await Api.Get("/api/periods/2025-Q3/scorecard?format=sdmx-csv", As.ProvinceViewer);
        Assert.Equal(200, exported.Status);
        Assert.StartsWith("application/vnd.sdmx.data+csv; version=2.0.0", exported.ContentType, StringComparison.Ordinal);
        var csv = exported.Body.ToArray();

        await using var fresh = await FunctionsApp.StartAsync(Azurite, Development);
        var outcome = await fresh.Get<IngestionPipeline>().IngestAsync(csv, exported.ContentType, new IngestOrigin("test", "export.csv", "export", FunctionsApp.Today));
        Assert.Equal(SubmissionStatus.Accepted, outcome.Submission.Status);

        var original = await App.Get<IObservationStore>().ReadPeriodAsync(CatalogId, Regional.Periods.Period.Parse(Q3));
        var copied = await fresh.Get<IObservationStore>().ReadPeriodAsync(CatalogId, Regional.Periods.Period.Parse(Q3));
        Assert.Equal(original.Count, copied.Count);
        Assert.Equal(
            original.Select(o => (o.Key, o.Value, o.Basis, o.Status)).OrderBy(o => o.Key.ToString(), StringComparer.Ordinal),
            copied.Select(o => (o.Key, o.Value, o.Basis, o.Status)).OrderBy(o => o.Key.ToString(), StringComparer.Ordinal));
        var again = await new ApiClient(fresh).Get("/api/periods/2025-Q3/scorecard?format=sdmx-csv", As.ProvinceViewer);
        Assert.Equal(Encoding.UTF8.GetString(csv), Encoding.UTF8.GetString(again.Body.Span));
    }

    [Fact]
    public async Task PeriodWithoutFiguresIsNotFound()
    {
        ProblemOf(await Api.Get("/api/periods/2019-Q3/scorecard?format=sdmx-csv", As.ProvinceViewer), 404);
    }
}
