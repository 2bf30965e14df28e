using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regional.Catalogs;
using Regional.Core.Tests.Submissions;
using Regional.Observations;
using Regional.Periods;
using Regional.Spreadsheets;
using Regional.Submissions;
using Regional.Submissions.Validation;

namespace Regional.Core.Tests.Spreadsheets;

public sealed class TemplateTests
{
    private static readonly Catalog Sichuan = CatalogLoader.LoadDefault();
    private static readonly Period Q3 = Period.Quarter(2025, 3);
    private static readonly DateTimeOffset Now = new(2025, 10, 20, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void TemplateHasOneRowPerRegionAndRequiredReportedIndicatorWithBilingualNames()
    {
        using var workbook = Open(Template([Sichuan.FindRegion("510100")!, Sichuan.FindRegion("510400")!]));
        var rows = DataRows(workbook);

        var required = Sichuan.Rules.Quality.Completeness.RequiredIndicatorIds.Where(i => Sichuan.FindIndicator(i)!.Derivation is null).ToList();
        Assert.Equal(2 * required.Count, rows.Count - 1);
        Assert.Equal(TemplateLayout.Headers.Select(h => h.Header), rows[0]);
        var first = rows[1];
        Assert.Equal("510100", first[0]);
        Assert.Equal("成都市 Chengdu", first[1]);
        Assert.Equal("2025-Q3", first[2]);
        Assert.Equal(required[0], first[3]);
        Assert.StartsWith(Sichuan.FindIndicator(required[0])!.NameZh, first[4], StringComparison.Ordinal);
        Assert.Equal(string.Empty, first[5]);
        Assert.Equal("510400", rows[^1][0]);
    }

    [Fact]
    public void ValueCellsValidateTheirIndicatorsPlausibleRangeAsAWarningAndStatusIsADropDown()
    {
        using var workbook = Open(Template([Sichuan.FindRegion("510100")!]));
        var worksheet = DataSheet(workbook).Worksheet!;
        var validations = worksheet.GetFirstChild<DataValidations>()!.Elements<DataValidation>().ToList();

        var gdpGrowth = Sichuan.FindIndicator("gdp_growth")!;
        var row = DataRows(workbook).FindIndex(r => r[3] == "gdp_growth") + 1;
        var range = validations.Single(v => v.SequenceOfReferences!.Items.Any(i => i.Value == $"F{row}"));
        Assert.Equal(DataValidationValues.Decimal, range.Type!.Value);
        Assert.Equal(DataValidationErrorStyleValues.Warning, range.ErrorStyle!.Value);
        Assert.Equal(gdpGrowth.PlausibleMin.ToString(System.Globalization.CultureInfo.InvariantCulture), range.Formula1!.Text);
        Assert.Equal(gdpGrowth.PlausibleMax.ToString(System.Globalization.CultureInfo.InvariantCulture), range.Formula2!.Text);
        var status = validations.Single(v => v.Type!.Value == DataValidationValues.List);
        Assert.Equal("\"final,provisional\"", status.Formula1!.Text);
        Assert.Equal(DataValidationErrorStyleValues.Stop, status.ErrorStyle!.Value);
    }

    [Fact]
    public void HeadersAndNamesAreLockedAndOnlyValueAndStatusCanBeEdited()
    {
        using var workbook = Open(Template([Sichuan.FindRegion("510100")!]));
        var worksheet = DataSheet(workbook).Worksheet!;
        var formats = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        bool Locked(Cell cell) => formats[(int)(cell.StyleIndex?.Value ?? 0)].Protection?.Locked?.Value ?? true;

        Assert.True(worksheet.GetFirstChild<SheetProtection>()!.Sheet!.Value);
        var cells = worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.True(Locked(cells["A1"]));
        Assert.True(Locked(cells["F1"]));
        Assert.True(Locked(cells["A2"]));
        Assert.True(Locked(cells["E2"]));
        Assert.False(Locked(cells["F2"]));
        Assert.False(Locked(cells["H2"]));
        Assert.Equal("A2", worksheet.Descendants<Pane>().Single().TopLeftCell!.Value);
    }

    [Fact]
    public void HiddenSheetNamesCatalogVersionAndTemplateVersion()
    {
        using var workbook = Open(Template([]));
        var sheet = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == TemplateLayout.MetaSheet);
        var meta = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet!.Descendants<Row>()
            .ToDictionary(r => r.Elements<Cell>().First().InnerText, r => r.Elements<Cell>().Last().InnerText);

        Assert.Equal(SheetStateValues.Hidden, sheet.State!.Value);
        Assert.Equal("sichuan", meta["catalogId"]);
        Assert.Equal(Sichuan.Info.Version, meta["catalogVersion"]);
        Assert.Equal("regional.template/v1", meta["templateVersion"]);
        Assert.Equal("2025-Q3", meta["period"]);
    }

    [Fact]
    public void FilledTemplateIsASubmissionLikeAnyOther()
    {
        var template = Template([Sichuan.FindRegion("510100")!]);
        var stream = new MemoryStream();
        stream.Write(template);
        var missing = TemplateFiller.Fill(stream, [
            (new ObservationKey("510100", "gdp_growth", Q3), 5.9, ObservationStatus.Final),
            (new ObservationKey("510100", "gdp", Q3), 17000.5, ObservationStatus.Provisional),
            (new ObservationKey("510300", "gdp", Q3), 1.0, ObservationStatus.Final),
        ]);

        var parsed = SubmissionReader.Read(stream.ToArray(), TemplateLayout.MediaType, Submit.Context());

        Assert.Equal([new ObservationKey("510300", "gdp", Q3)], missing);
        Assert.Empty(parsed.Problems);
        Assert.Equal(SubmissionFormat.ExcelTemplate, parsed.Format);
        Assert.Equal(2, parsed.Observations.Length);
        var growth = parsed.Observations.Single(o => o.Indicator == "gdp_growth");
        Assert.Equal(5.9, growth.Value);
        Assert.Equal(ObservationStatus.Final, growth.Status);
        Assert.StartsWith("数据!F", growth.Pointer, StringComparison.Ordinal);
        Assert.Equal(ObservationStatus.Provisional, parsed.Observations.Single(o => o.Indicator == "gdp").Status);
        Assert.Empty(new SubmissionValidator(Sichuan).Validate(parsed, Now).Problems);
    }

    [Fact]
    public void SameTemplateIsTheSameBytesSoSendingItTwiceIsOneSubmission()
    {
        var first = Filled(("gdp_growth", 5.9));
        var second = Filled(("gdp_growth", 5.9));

        // Random relationship ids and the time of writing would make each copy differ.
        Assert.Equal(first, second);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
    }

    [Fact]
    public void WorkbookIsRecognisedWithoutAContentType()
    {
        var parsed = SubmissionReader.Read(Filled(("gdp_growth", 5.9)), null, Submit.Context());

        Assert.Equal(SubmissionFormat.ExcelTemplate, parsed.Format);
        Assert.Single(parsed.Observations);
    }

    [Fact]
    public void EveryProblemNamesItsSheetAndCell()
    {
        var payload = Edit(Filled(("gdp_growth", 5.9), ("gdp", 17000)), data =>
        {
            SetText(data, "F2", "about six");
            SetText(data, "H3", "guess");
        });

        var parsed = SubmissionReader.Read(payload, TemplateLayout.MediaType, Submit.Context());

        Assert.Contains(parsed.Problems, p => p.Field == "数据!F2" && p.Line == 2 && p.Code == ProblemCodes.NotANumber && p.Reason.Contains("'about six'", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Field == "数据!H3" && p.Code == ProblemCodes.UnknownStatus);
        Assert.Equal("line 2, field 数据!F2: 'about six' is not a number", parsed.Problems.First(p => p.Field == "数据!F2").ToString());
    }

    [Fact]
    public void UnknownRegionIsReportedAtItsCodeCell()
    {
        var payload = Edit(Filled(("gdp_growth", 5.9)), data => SetText(data, "A2", "519999"));

        var parsed = SubmissionReader.Read(payload, TemplateLayout.MediaType, Submit.Context());
        var verdict = new SubmissionValidator(Sichuan).Validate(parsed, Now);

        var problem = Assert.Single(verdict.Problems);
        Assert.Equal(ProblemCodes.UnknownRegion, problem.Code);
        Assert.Equal("数据!A2", problem.Field);
    }

    [Fact]
    public void FormulaIsReadAsItsCachedValue()
    {
        var payload = Edit(Filled(("gdp_growth", 5.9)), data =>
        {
            var cell = Find(data, "F2");
            cell.CellFormula = new CellFormula("5.8+0.1");
        });

        var parsed = SubmissionReader.Read(payload, TemplateLayout.MediaType, Submit.Context());

        Assert.Empty(parsed.Problems);
        Assert.Equal(5.9, Assert.Single(parsed.Observations).Value);
    }

    [Fact]
    public void FormulaWithoutCachedValueIsRefusedNotGuessed()
    {
        var payload = Edit(Filled(("gdp_growth", 5.9)), data =>
        {
            var cell = Find(data, "F2");
            cell.CellValue = null;
            cell.CellFormula = new CellFormula("SUM(F3:F9)");
        });

        var parsed = SubmissionReader.Read(payload, TemplateLayout.MediaType, Submit.Context());

        var problem = Submit.Single(parsed, ProblemCodes.FormulaWithoutValue);
        Assert.Equal("数据!F2", problem.Field);
        Assert.Contains("=SUM(F3:F9)", problem.Reason, StringComparison.Ordinal);
        Assert.Empty(parsed.Observations);
    }

    [Fact]
    public void TemplateOfAnotherCatalogVersionIsRefusedWithTheReason()
    {
        var older = Sichuan with { Info = Sichuan.Info with { Version = "2024.3" } };
        var stream = new MemoryStream();
        TemplateWriter.Write(older, Q3, [Sichuan.FindRegion("510100")!], stream);
        TemplateFiller.Fill(stream, [(new ObservationKey("510100", "gdp_growth", Q3), 5.9, ObservationStatus.Final)]);

        var verdict = new SubmissionValidator(Sichuan).Validate(SubmissionReader.Read(stream.ToArray(), null, Submit.Context()), Now);

        var problem = Assert.Single(verdict.Problems);
        Assert.Equal(ProblemCodes.CatalogVersionMismatch, problem.Code);
        Assert.Equal("_meta!B2", problem.Field);
        Assert.Contains("sichuan 2024.3", problem.Reason, StringComparison.Ordinal);
        Assert.Contains($"sichuan {Sichuan.Info.Version}", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookThatIsNotATemplateIsRefusedWithTheReason()
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var part = document.AddWorkbookPart();
            part.Workbook = new Workbook(new Sheets());
            part.Workbook.Save();
        }

        var parsed = SubmissionReader.Read(stream.ToArray(), TemplateLayout.MediaType, Submit.Context());

        Assert.Contains("lacks the sheet", Submit.Single(parsed, ProblemCodes.WrongSchema).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesThatAreNotAWorkbookAreRefusedNotACrash()
    {
        var parsed = SubmissionReader.Read("PK\u0003\u0004 not really a zip"u8.ToArray(), TemplateLayout.MediaType, Submit.Context());

        Submit.Single(parsed, ProblemCodes.MalformedWorkbook);
    }

    private static byte[] Template(IReadOnlyList<Region> regions)
    {
        var stream = new MemoryStream();
        TemplateWriter.Write(Sichuan, Q3, regions, stream);
        return stream.ToArray();
    }

    private static byte[] Filled(params (string Indicator, double Value)[] figures)
    {
        var stream = new MemoryStream();
        stream.Write(Template([Sichuan.FindRegion("510100")!]));
        TemplateFiller.Fill(stream, figures.Select(f => (new ObservationKey("510100", f.Indicator, Q3), f.Value, ObservationStatus.Final)));
        return stream.ToArray();
    }

    /// <summary>Changes the data sheet as a person editing the file would, and saves it.</summary>
    private static byte[] Edit(byte[] workbook, Action<SheetData> edit)
    {
        var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var worksheet = DataSheet(document).Worksheet!;
            edit(worksheet.GetFirstChild<SheetData>()!);
            worksheet.Save();
        }

        return stream.ToArray();
    }

    private static Cell Find(SheetData data, string reference) => data.Descendants<Cell>().Single(c => c.CellReference?.Value == reference);

    private static void SetText(SheetData data, string reference, string text)
    {
        var cell = Find(data, reference);
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
    }

    private static SpreadsheetDocument Open(byte[] workbook) => SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);

    private static WorksheetPart DataSheet(SpreadsheetDocument document)
    {
        var sheet = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == TemplateLayout.DataSheet);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!);
    }

    private static List<string[]> DataRows(SpreadsheetDocument document) =>
        [.. DataSheet(document).Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray())];
}
