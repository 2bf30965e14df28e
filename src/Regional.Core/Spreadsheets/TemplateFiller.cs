using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regional.Observations;

namespace Regional.Spreadsheets;

/// <summary>
/// Fills a template's value and status cells the way a bureau's staff would, for the sample generator and the demo:
/// each figure goes into the row of its region and indicator. Figures without a row are returned, not dropped.
/// </summary>
public static class TemplateFiller
{
    /// <param name="template">A template written by <see cref="TemplateWriter"/>; filled in place (must be writable and seekable).</param>
    /// <returns>The keys of figures the template has no row for.</returns>
    public static IReadOnlyList<ObservationKey> Fill(Stream template, IEnumerable<(ObservationKey Key, double Value, ObservationStatus Status)> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var missing = FillPackage(template, figures);
        PackageTimestamps.Normalise(template);
        return missing;
    }

    private static List<ObservationKey> FillPackage(Stream template, IEnumerable<(ObservationKey Key, double Value, ObservationStatus Status)> figures)
    {
        using var document = SpreadsheetDocument.Open(template, isEditable: true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name?.Value == TemplateLayout.DataSheet);
        var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet!.GetFirstChild<SheetData>()!;
        var rows = data.Elements<Row>()
            .Where(r => r.RowIndex?.Value >= TemplateLayout.FirstDataRow)
            .ToDictionary(r => (Text(r, TemplateLayout.RegionCodeColumn), Text(r, TemplateLayout.IndicatorColumn)), r => r);
        var missing = new List<ObservationKey>();
        foreach (var (key, value, status) in figures)
        {
            if (!rows.TryGetValue((key.RegionCode, key.IndicatorId), out var row))
            {
                missing.Add(key);
                continue;
            }

            var valueCell = Cell(row, TemplateLayout.ValueColumn);
            valueCell.DataType = null;
            valueCell.CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture));
            var statusCell = Cell(row, TemplateLayout.StatusColumn);
            statusCell.DataType = CellValues.String;
            statusCell.CellValue = new CellValue(status == ObservationStatus.Final ? "final" : "provisional");
        }

        return missing;
    }

    private static Cell Cell(Row row, string column) =>
        row.Elements<Cell>().Single(c => c.CellReference?.Value == string.Create(CultureInfo.InvariantCulture, $"{column}{row.RowIndex!.Value}"));

    private static string Text(Row row, string column) => Cell(row, column).InnerText;
}
