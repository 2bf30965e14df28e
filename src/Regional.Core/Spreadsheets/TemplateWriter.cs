using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Spreadsheets;

/// <summary>
/// Writes the Excel reporting template of a period from the catalog: one row per region and required indicator with
/// names and units in Chinese and English, an empty value column with data validation (a decimal, the plausible range
/// as a warning), a status drop-down, locked headers and names (only value and status can be edited), and the hidden
/// <c>_meta</c> sheet. Rows are streamed with <see cref="OpenXmlWriter"/>, so memory stays flat however many rows.
/// </summary>
public static class TemplateWriter
{
    private const uint HeaderStyle = 1;
    private const uint InputStyle = 2;

    /// <param name="regions">The regions to list, in order; the compared regions of the catalog when empty.</param>
    public static void Write(Catalog catalog, Period period, IReadOnlyList<Region> regions, Stream output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(regions);
        var rows = Rows(catalog, regions.Count > 0 ? regions : catalog.ComparedRegions);
        WritePackage(catalog, period, rows, output);
        PackageTimestamps.Normalise(output);
    }

    private static void WritePackage(Catalog catalog, Period period, IReadOnlyList<(Region Region, Indicator Indicator)> rows, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        // Fixed relationship ids (the SDK draws random ones): the same template is the same bytes.
        var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>("rId1");
        styles.Stylesheet = Stylesheet();

        var data = workbook.AddNewPart<WorksheetPart>("rId2");
        WriteData(data, period, rows, catalog);
        var meta = workbook.AddNewPart<WorksheetPart>("rId3");
        WriteMeta(meta, catalog, period);

        workbook.Workbook.AppendChild(new Sheets(
            new Sheet { Name = TemplateLayout.DataSheet, SheetId = 1, Id = workbook.GetIdOfPart(data) },
            new Sheet { Name = TemplateLayout.MetaSheet, SheetId = 2, Id = workbook.GetIdOfPart(meta), State = SheetStateValues.Hidden }));
        workbook.Workbook.Save();
    }

    /// <summary>Region by region, each required indicator that is reported (derived ones are computed, not asked for).</summary>
    public static IReadOnlyList<(Region Region, Indicator Indicator)> Rows(Catalog catalog, IReadOnlyList<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var indicators = catalog.Rules.Quality.Completeness.RequiredIndicatorIds
            .Select(catalog.FindIndicator)
            .OfType<Indicator>()
            .Where(i => i.Derivation is null)
            .ToList();
        return [.. regions.SelectMany(r => indicators.Select(i => (r, i)))];
    }

    private static void WriteData(WorksheetPart part, Period period, IReadOnlyList<(Region Region, Indicator Indicator)> rows, Catalog catalog)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0U }));
        writer.WriteElement(new Columns(
            Width(1, 12), Width(2, 26), Width(3, 10), Width(4, 22), Width(5, 48), Width(6, 14), Width(7, 18), Width(8, 14)));

        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1U });
        foreach (var (column, header) in TemplateLayout.Headers)
        {
            WriteText(writer, $"{column}1", header, HeaderStyle);
        }

        writer.WriteEndElement();
        var rowIndex = (uint)TemplateLayout.FirstDataRow;
        var periodText = period.ToString();
        foreach (var (region, indicator) in rows)
        {
            writer.WriteStartElement(new Row { RowIndex = rowIndex });
            WriteText(writer, $"A{rowIndex}", region.Code, 0);
            WriteText(writer, $"B{rowIndex}", Bilingual(region.NameZh, region.NameEn), 0);
            WriteText(writer, $"C{rowIndex}", periodText, 0);
            WriteText(writer, $"D{rowIndex}", indicator.Id, 0);
            WriteText(writer, $"E{rowIndex}", Bilingual(indicator.NameZh, indicator.NameEn), 0);
            writer.WriteElement(new Cell { CellReference = $"F{rowIndex}", StyleIndex = InputStyle });
            WriteText(writer, $"G{rowIndex}", Bilingual(indicator.UnitZh ?? indicator.Unit, indicator.Unit), 0);
            writer.WriteElement(new Cell { CellReference = $"H{rowIndex}", StyleIndex = InputStyle });
            writer.WriteEndElement();
            rowIndex++;
        }

        writer.WriteEndElement();

        // Names and codes are locked; value and status cells carry an unlocked style. No password: the lock guards
        // against slips, not against a determined editor, and the reader checks every cell anyway.
        writer.WriteElement(new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, AutoFilter = false, Sort = false });
        var last = rowIndex - 1;
        if (last >= TemplateLayout.FirstDataRow)
        {
            writer.WriteElement(Validations(rows, catalog, last));
        }

        writer.WriteEndElement();
    }

    private static DataValidations Validations(IReadOnlyList<(Region Region, Indicator Indicator)> rows, Catalog catalog, uint last)
    {
        var validations = new DataValidations();
        foreach (var group in rows.Select((row, i) => (row.Indicator, Row: i + TemplateLayout.FirstDataRow)).GroupBy(r => r.Indicator.Id, StringComparer.Ordinal))
        {
            var indicator = catalog.FindIndicator(group.Key)!;
            var range = string.Create(CultureInfo.InvariantCulture, $"{indicator.PlausibleMin} – {indicator.PlausibleMax}");
            validations.AppendChild(new DataValidation(
                new Formula1(indicator.PlausibleMin.ToString("R", CultureInfo.InvariantCulture)),
                new Formula2(indicator.PlausibleMax.ToString("R", CultureInfo.InvariantCulture)))
            {
                Type = DataValidationValues.Decimal,
                Operator = DataValidationOperatorValues.Between,
                AllowBlank = true,
                ShowErrorMessage = true,
                ShowInputMessage = true,
                ErrorStyle = DataValidationErrorStyleValues.Warning,
                ErrorTitle = "超出合理范围 Outside the plausible range",
                Error = $"合理范围 {range}，请核实。Plausible range {range}: please check the figure.",
                PromptTitle = indicator.Id.Length > 32 ? indicator.Id[..32] : indicator.Id,
                Prompt = $"{indicator.UnitZh ?? indicator.Unit} ({range})",
                SequenceOfReferences = new ListValue<StringValue>(group.Select(r => new StringValue($"F{r.Row}"))),
            });
        }

        validations.AppendChild(new DataValidation(new Formula1($"\"{string.Join(",", TemplateLayout.StatusCodes)}\""))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Stop,
            ErrorTitle = "状态代码 Status code",
            Error = $"请选择 Choose: {string.Join(", ", TemplateLayout.StatusCodes)}",
            SequenceOfReferences = new ListValue<StringValue>([new StringValue(string.Create(CultureInfo.InvariantCulture, $"H{TemplateLayout.FirstDataRow}:H{last}"))]),
        });
        validations.Count = (uint)validations.ChildElements.Count;
        return validations;
    }

    private static void WriteMeta(WorksheetPart part, Catalog catalog, Period period)
    {
        var data = new SheetData();
        var entries = new[]
        {
            (TemplateLayout.CatalogIdKey, catalog.Info.Id),
            (TemplateLayout.CatalogVersionKey, catalog.Info.Version),
            (TemplateLayout.TemplateVersionKey, TemplateLayout.TemplateVersion),
            (TemplateLayout.PeriodKey, period.ToString()),
        };
        var index = 1U;
        foreach (var (key, value) in entries)
        {
            data.AppendChild(new Row(Text($"A{index}", key, 0), Text($"B{index}", value, 0)) { RowIndex = index });
            index++;
        }

        part.Worksheet = new Worksheet(data, new SheetProtection { Sheet = true, Objects = true, Scenarios = true });
        part.Worksheet.Save();
    }

    private static string Bilingual(string zh, string en) => string.Equals(zh, en, StringComparison.Ordinal) ? en : $"{zh} {en}";

    private static Column Width(uint index, double width) => new() { Min = index, Max = index, Width = width, CustomWidth = true };

    private static void WriteText(OpenXmlWriter writer, string reference, string text, uint style) => writer.WriteElement(Text(reference, text, style));

    private static Cell Text(string reference, string text, uint style) => new(new InlineString(new Text(text)))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }) { PatternType = PatternValues.Solid }))
        { Count = 4 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat(new Protection { Locked = false }) { FillId = 3, ApplyFill = true, ApplyProtection = true })
        { Count = 3 });
}
