using System.Collections.Immutable;
using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regional.Periods;
using Regional.Spreadsheets;
using Regional.Submissions.Json;

namespace Regional.Submissions.Excel;

/// <summary>
/// Reads a filled Excel template (<see cref="TemplateLayout"/>) as a submission. Rows are read one at a time with
/// <see cref="OpenXmlReader"/>. Every problem names its sheet and cell (<c>数据!F7</c>) and the reason. A formula is
/// read as its cached value; a formula without one is refused, not guessed. A row whose value and status are both
/// empty was not filled in and holds no figure. The template's catalog and version are returned in
/// <see cref="ParsedSubmission.TemplateCatalog"/> for the validator to compare with the catalog in force.
/// </summary>
public static class ExcelTemplateReader
{
    public static ParsedSubmission Read(Stream xlsx, SubmissionContext context)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<SubmissionProblem>();
        var observations = ImmutableArray.CreateBuilder<SubmittedObservation>();
        if (!SubmissionIds.IsValid(context.SubmissionId))
        {
            problems.Add(new(null, null, ProblemCodes.InvalidSubmissionId, $"submission id '{context.SubmissionId}' must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'"));
        }

        TemplateIdentity? identity = null;
        try
        {
            using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
            identity = ReadWorkbook(document, observations, problems);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException)
        {
            problems.Add(new(null, null, ProblemCodes.MalformedWorkbook, $"the body is not a readable .xlsx workbook: {e.Message}"));
        }

        return new ParsedSubmission(context.SubmissionId, context.Source, context.SubmittedAt, SubmissionFormat.ExcelTemplate, observations.ToImmutable(), [.. problems])
        {
            TemplateCatalog = identity,
        };
    }

    private static TemplateIdentity? ReadWorkbook(SpreadsheetDocument document, ImmutableArray<SubmittedObservation>.Builder observations, List<SubmissionProblem> problems)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the package has no workbook");
        var strings = SharedStrings(workbook);
        var meta = Sheet(workbook, TemplateLayout.MetaSheet);
        var data = Sheet(workbook, TemplateLayout.DataSheet);
        if (meta is null || data is null)
        {
            problems.Add(new(null, meta is null ? TemplateLayout.MetaSheet : TemplateLayout.DataSheet, ProblemCodes.WrongSchema, $"the workbook is not a {TemplateLayout.TemplateVersion} template: it lacks the sheet '{(meta is null ? TemplateLayout.MetaSheet : TemplateLayout.DataSheet)}'; download a template with `regional template` or GET /api/templates/{{period}}"));
            return null;
        }

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, cells) in Rows(meta))
        {
            if (cells.TryGetValue("A", out var key) && cells.TryGetValue("B", out var value)
                && Text(key, strings) is { } k && Text(value, strings) is { } v)
            {
                entries[k] = v;
            }
        }

        var version = entries.GetValueOrDefault(TemplateLayout.TemplateVersionKey);
        if (version != TemplateLayout.TemplateVersion)
        {
            problems.Add(new(null, TemplateLayout.Cell(TemplateLayout.MetaSheet, "B", 3), ProblemCodes.WrongSchema, $"template version '{version}' is not {TemplateLayout.TemplateVersion}"));
            return null;
        }

        var identity = new TemplateIdentity(entries.GetValueOrDefault(TemplateLayout.CatalogIdKey) ?? string.Empty, entries.GetValueOrDefault(TemplateLayout.CatalogVersionKey) ?? string.Empty);
        var headerSeen = false;
        foreach (var (row, cells) in Rows(data))
        {
            if (row < TemplateLayout.FirstDataRow)
            {
                headerSeen = CheckHeader(cells, strings, problems);
                continue;
            }

            if (headerSeen)
            {
                ReadRow(row, cells, strings, observations, problems);
            }
        }

        if (!headerSeen && problems.Count == 0)
        {
            problems.Add(new(1, TemplateLayout.Cell(TemplateLayout.DataSheet, "A", 1), ProblemCodes.InvalidHeader, "the header row is missing"));
        }

        if (observations.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(null, TemplateLayout.DataSheet, ProblemCodes.NoObservations, "no observations: no value cell of the template is filled in"));
        }

        return identity;
    }

    private static bool CheckHeader(Dictionary<string, Cell> cells, List<string> strings, List<SubmissionProblem> problems)
    {
        var ok = true;
        foreach (var (column, header) in TemplateLayout.Headers)
        {
            var text = cells.TryGetValue(column, out var cell) ? Text(cell, strings) : null;
            if (!string.Equals(text?.Trim(), header, StringComparison.Ordinal))
            {
                problems.Add(new(1, TemplateLayout.Cell(TemplateLayout.DataSheet, column, 1), ProblemCodes.InvalidHeader, $"expected the header '{header}', found '{text}'"));
                ok = false;
            }
        }

        return ok;
    }

    private static void ReadRow(int row, Dictionary<string, Cell> cells, List<string> strings, ImmutableArray<SubmittedObservation>.Builder observations, List<SubmissionProblem> problems)
    {
        var before = problems.Count;
        string Where(string column) => TemplateLayout.Cell(TemplateLayout.DataSheet, column, row);
        var value = Content(cells.GetValueOrDefault(TemplateLayout.ValueColumn), strings, Where(TemplateLayout.ValueColumn), row, problems);
        var statusText = Content(cells.GetValueOrDefault(TemplateLayout.StatusColumn), strings, Where(TemplateLayout.StatusColumn), row, problems)?.Trim();
        if (problems.Count > before)
        {
            return;
        }

        if (string.IsNullOrEmpty(value) && string.IsNullOrEmpty(statusText))
        {
            return;
        }

        var region = Content(cells.GetValueOrDefault(TemplateLayout.RegionCodeColumn), strings, Where(TemplateLayout.RegionCodeColumn), row, problems)?.Trim();
        var indicator = Content(cells.GetValueOrDefault(TemplateLayout.IndicatorColumn), strings, Where(TemplateLayout.IndicatorColumn), row, problems)?.Trim();
        var periodText = Content(cells.GetValueOrDefault(TemplateLayout.PeriodColumn), strings, Where(TemplateLayout.PeriodColumn), row, problems)?.Trim();
        if (string.IsNullOrEmpty(region))
        {
            problems.Add(new(row, Where(TemplateLayout.RegionCodeColumn), ProblemCodes.MissingField, "the region code is empty"));
        }

        if (string.IsNullOrEmpty(indicator))
        {
            problems.Add(new(row, Where(TemplateLayout.IndicatorColumn), ProblemCodes.MissingField, "the indicator code is empty"));
        }

        Period period = default;
        if (string.IsNullOrEmpty(periodText))
        {
            problems.Add(new(row, Where(TemplateLayout.PeriodColumn), ProblemCodes.MissingField, "the period is empty"));
        }
        else if (!Period.TryParse(periodText, out period, out var periodError))
        {
            problems.Add(new(row, Where(TemplateLayout.PeriodColumn), ProblemCodes.InvalidPeriod, periodError));
        }

        double? figure = null;
        if (!string.IsNullOrEmpty(value))
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                problems.Add(new(row, Where(TemplateLayout.ValueColumn), ProblemCodes.NotANumber, $"'{value}' is not a number"));
            }
            else if (!double.IsFinite(parsed))
            {
                problems.Add(new(row, Where(TemplateLayout.ValueColumn), ProblemCodes.NotFinite, $"'{value}' is not a finite number"));
            }
            else
            {
                figure = parsed;
            }
        }

        var status = EnvelopeVocabulary.DefaultStatus;
        if (!string.IsNullOrEmpty(statusText) && (!TemplateLayout.StatusCodes.Contains(statusText) || !EnvelopeVocabulary.Statuses.TryGetValue(statusText, out status)))
        {
            problems.Add(new(row, Where(TemplateLayout.StatusColumn), ProblemCodes.UnknownStatus, $"'{statusText}' is not a status (choose {string.Join(" or ", TemplateLayout.StatusCodes)})"));
        }

        if (problems.Count == before)
        {
            observations.Add(new SubmittedObservation(region!, indicator!, period, figure, null, status, SubmissionAction.Merge, row, Where(TemplateLayout.ValueColumn)));
        }
    }

    /// <summary>
    /// The text of a cell as the sheet shows it: a number in invariant form, a string, or a formula's cached result.
    /// Null for an empty cell; errors (<c>#DIV/0!</c>) and formulas without a cached value are problems.
    /// </summary>
    private static string? Content(Cell? cell, List<string> strings, string where, int row, List<SubmissionProblem> problems)
    {
        if (cell is null)
        {
            return null;
        }

        var cached = cell.CellValue?.Text;
        if (cell.CellFormula is { } formula && cached is null)
        {
            problems.Add(new(row, where, ProblemCodes.FormulaWithoutValue, $"the formula '={formula.Text}' has no cached value (the workbook was saved without calculating it); open it in a spreadsheet program, let it calculate and save, or type the value"));
            return null;
        }

        var type = cell.DataType?.Value;
        if (type == CellValues.Error)
        {
            problems.Add(new(row, where, ProblemCodes.NotANumber, $"the cell holds the error {cached}"));
            return null;
        }

        if (type == CellValues.Boolean)
        {
            problems.Add(new(row, where, ProblemCodes.WrongType, "the cell holds TRUE or FALSE, not a figure"));
            return null;
        }

        var text = Text(cell, strings);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static string? Text(Cell cell, List<string> strings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        var raw = cell.CellValue?.Text;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : null;
        }

        return raw;
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }

        return strings;
    }

    private static WorksheetPart? Sheet(WorkbookPart workbook, string name)
    {
        var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == name);
        return sheet?.Id?.Value is { } id ? workbook.GetPartById(id) as WorksheetPart : null;
    }

    /// <summary>The rows of a sheet, one at a time, with their cells by column letter.</summary>
    private static IEnumerable<(int Row, Dictionary<string, Cell> Cells)> Rows(WorksheetPart part)
    {
        using var reader = OpenXmlReader.Create(part);
        var next = 1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var index = row.RowIndex?.Value is { } stated ? (int)stated : next;
            next = index + 1;
            var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
            foreach (var cell in row.Elements<Cell>())
            {
                var reference = cell.CellReference?.Value ?? string.Empty;
                var column = new string([.. reference.TakeWhile(char.IsAsciiLetter)]);
                if (column.Length > 0)
                {
                    cells[column] = cell;
                }
            }

            yield return (index, cells);
        }
    }
}
