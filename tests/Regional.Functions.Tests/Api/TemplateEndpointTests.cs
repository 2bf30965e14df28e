using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Functions.Ingestion;
using Regional.Observations;
using Regional.Periods;
using Regional.Spreadsheets;
using Regional.Storage;

namespace Regional.Functions.Tests.Api;

public sealed class TemplateEndpointTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    private static readonly Period Quarter3 = Period.Quarter(2025, 3);

    [Fact]
    public async Task SubmitterGetsTheTemplateOfItsOwnRegionOnly()
    {
        var response = await Api.Get("/api/templates/2025-Q3", As.ChengduSubmitter);

        Assert.Equal(200, response.Status);
        Assert.Equal(TemplateLayout.MediaType, response.ContentType);
        Assert.Contains("attachment; filename=\"sichuan-2025-Q3-template.xlsx\"", response.Header("Content-Disposition"), StringComparison.Ordinal);
        Assert.Equal([As.Chengdu], RegionsOf(response.Body.ToArray()));
    }

    [Fact]
    public async Task SubmitterAskingForAnotherRegionsTemplateIsRefused()
    {
        var problem = ProblemOf(await Api.Get($"/api/templates/2025-Q3?region={As.Chengdu},{As.Zigong}", As.ChengduSubmitter), 403);

        Assert.Contains(As.Zigong, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewerWhoSubmitsForNoRegionGetsNoTemplate()
    {
        ProblemOf(await Api.Get("/api/templates/2025-Q3", As.ChengduViewer), 403);
    }

    [Fact]
    public async Task ProvinceViewerGetsAnyRegionsTemplate()
    {
        var response = await Api.Get($"/api/templates/2025-Q3?region={As.Zigong}", As.ProvinceViewer);

        Assert.Equal([As.Zigong], RegionsOf(response.Body.ToArray()));
    }

    [Fact]
    public async Task BadPeriodIsABadRequest()
    {
        ProblemOf(await Api.Get("/api/templates/2025-Q5", As.ChengduSubmitter), 400);
    }

    [Fact]
    public async Task FilledTemplatePostedAsXlsxIsQueuedIngestedAndAccepted()
    {
        var template = await Api.Get("/api/templates/2025-Q3", As.ChengduSubmitter);
        var workbook = new MemoryStream();
        workbook.Write(template.Body.Span);
        TemplateFiller.Fill(workbook, [
            (new ObservationKey(As.Chengdu, "gdp_growth", Quarter3), 5.9, ObservationStatus.Final),
            (new ObservationKey(As.Chengdu, "gdp", Quarter3), 17000, ObservationStatus.Final),
        ]);

        var posted = await Api.Post("/api/submissions", As.ChengduSubmitter, TemplateLayout.MediaType, workbook.ToArray());
        var received = Ok<SubmissionView>(posted, 202);
        await App.Function<IngestFromQueue>().Run(await Deliveries.Receive(App, App.Storage.IngestQueue), CancellationToken.None);

        var record = await App.Get<ISubmissionStore>().GetAsync(received.Id);
        Assert.Equal(SubmissionStatus.Accepted, record!.Status);
        Assert.Equal(TemplateLayout.TemplateVersion, record.Format);
        Assert.Equal(2, record.Counts.Added);
    }

    [Fact]
    public async Task FilledTemplateWithABadCellIsAnsweredNamingTheCell()
    {
        var template = await Api.Get("/api/templates/2025-Q3", As.ChengduSubmitter);
        var workbook = new MemoryStream();
        workbook.Write(template.Body.Span);
        TemplateFiller.Fill(workbook, [(new ObservationKey(As.Chengdu, "gdp_growth", Quarter3), 5.9, ObservationStatus.Final)]);
        using (var document = SpreadsheetDocument.Open(workbook, isEditable: true))
        {
            var cell = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<Cell>()).Single(c => c.CellReference == "F2");
            cell.CellValue = null;
            cell.CellFormula = new CellFormula("F3*2");
        }

        var problem = ProblemOf(await Api.Post("/api/submissions", As.ChengduSubmitter, TemplateLayout.MediaType, workbook.ToArray()), 422);

        var error = Assert.Single(problem.Errors!.Value);
        Assert.Equal(("数据!F2", 2, "formula-without-value"), (error.Field, error.Line, error.Code));
    }

    private static List<string> RegionsOf(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        var sheet = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == TemplateLayout.DataSheet);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!);
        return [.. part.Worksheet!.Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().First().InnerText).Distinct()];
    }
}
