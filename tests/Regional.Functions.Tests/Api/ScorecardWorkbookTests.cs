using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Spreadsheets;

namespace Regional.Functions.Tests.Api;

public sealed class ScorecardWorkbookTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    [Fact]
    public async Task LeagueTableColoursEachBandAndNamesItInWords()
    {
        await AlertsAsync();

        using var workbook = Open(await Api.Get("/api/periods/2025-Q3/scorecard?format=xlsx", As.ProvinceViewer));
        var league = Rows(workbook, ScorecardWorkbook.LeagueSheet);

        var header = league[0].Select(c => c.Text).ToList();
        Assert.Equal("名次 Rank", header[0]);
        var growth = header.FindIndex(h => h.Contains("GDP growth", StringComparison.Ordinal));
        Assert.StartsWith("地区生产总值增速", header[growth], StringComparison.Ordinal);
        var chengdu = league.Single(r => r[1].Text == As.Chengdu);
        Assert.Equal("1", chengdu[growth].Text);
        Assert.Equal("严重落后 seriously lagging", chengdu[growth + 1].Text);
        Assert.Equal(ScorecardWorkbook.BandColours[Severity.Major], FillOf(workbook, chengdu[growth].Cell));
        Assert.Equal(ScorecardWorkbook.BandColours[Severity.Major], FillOf(workbook, chengdu[growth + 1].Cell));
        var onTrack = league.Skip(1).First(r => r[growth + 1].Text == "达到目标进度 on track");
        Assert.Equal(ScorecardWorkbook.BandColours[Severity.None], FillOf(workbook, onTrack[growth].Cell));
        var ranks = league.Skip(1).Select(r => r[0].Text).Where(t => t.Length > 0).Select(int.Parse).ToList();
        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public async Task EverySheetHasAFrozenFilteredHeaderAndPrintsA4Landscape()
    {
        await AlertsAsync();

        using var workbook = Open(await Api.Get("/api/periods/2025-Q3/scorecard?format=xlsx", As.ProvinceViewer));

        var names = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal([ScorecardWorkbook.LeagueSheet, ScorecardWorkbook.RedLinesSheet, ScorecardWorkbook.AlertsSheet], names);
        foreach (var name in names)
        {
            var worksheet = Part(workbook, name!).Worksheet!;
            Assert.Equal(PaneStateValues.Frozen, worksheet.Descendants<Pane>().Single().State!.Value);
            Assert.StartsWith("A1:", worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value, StringComparison.Ordinal);
            var page = worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(9U, page.PaperSize!.Value);
            Assert.Equal(OrientationValues.Landscape, page.Orientation!.Value);
            Assert.Equal(1U, page.FitToWidth!.Value);
        }
    }

    [Fact]
    public async Task AlertsSheetListsOnlyTheAlertsTheCallerMayRead()
    {
        await AlertsAsync();

        using var province = Open(await Api.Get("/api/periods/2025-Q3/scorecard?format=xlsx", As.ProvinceViewer));
        using var chengdu = Open(await Api.Get("/api/periods/2025-Q3/scorecard?format=xlsx", As.ChengduViewer));

        var all = Rows(province, ScorecardWorkbook.AlertsSheet).Skip(1).Select(r => r[0].Text).ToHashSet();
        var own = Rows(chengdu, ScorecardWorkbook.AlertsSheet).Skip(1).Select(r => r[0].Text).ToHashSet();
        Assert.Superset(new HashSet<string> { As.Chengdu, As.Zigong }, all);
        Assert.Equal([As.Chengdu], own);
        var alert = Rows(chengdu, ScorecardWorkbook.AlertsSheet)[1];
        Assert.Contains("成都", alert[8].Text, StringComparison.Ordinal);
        Assert.Contains("Chengdu", alert[9].Text, StringComparison.Ordinal);
    }

    private static SpreadsheetDocument Open(Regional.Api.Http.ApiResponse response)
    {
        Assert.Equal(200, response.Status);
        Assert.Equal(TemplateLayout.MediaType, response.ContentType);
        return SpreadsheetDocument.Open(new MemoryStream(response.Body.ToArray()), isEditable: false);
    }

    private static WorksheetPart Part(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!);
    }

    private static List<List<(string Text, Cell Cell)>> Rows(SpreadsheetDocument document, string name) =>
        [.. Part(document, name).Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => (c.InnerText, c)).ToList())];

    private static string? FillOf(SpreadsheetDocument document, Cell cell)
    {
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var fill = styles.Fills!.Elements<Fill>().ElementAt((int)(format.FillId?.Value ?? 0));
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
    }
}
