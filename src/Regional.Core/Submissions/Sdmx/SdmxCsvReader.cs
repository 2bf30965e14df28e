using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Regional.Submissions.Sdmx;

/// <summary>
/// Reads SDMX-CSV 1.0 (first column <c>DATAFLOW</c>) and 2.0 (leading <c>STRUCTURE</c>, <c>STRUCTURE_ID</c>, and an
/// optional <c>ACTION</c>) row by row. Columns are found by header name; columns it does not know are attributes and
/// are ignored. Row numbers in problems are 1-based lines of the file, the header being line 1.
/// <see cref="ReadEntries"/> streams figures and problems with memory bounded by the longest row, whatever the file's length.
/// </summary>
public sealed partial class SdmxCsvReader
{
    public const int DefaultMaxRowChars = 1024 * 1024;

    private static readonly string[] StructureTypes = ["dataflow", "datastructure", "dataprovision"];

    private readonly CsvRecordReader _records;

    public SdmxCsvReader(TextReader text, int maxRowChars = DefaultMaxRowChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRowChars, 1);
        _records = new CsvRecordReader(text, maxRowChars);
    }

    /// <summary><see cref="SubmissionFormat.SdmxCsv1"/> or <see cref="SubmissionFormat.SdmxCsv2"/> once the header is read.</summary>
    public SubmissionFormat Format { get; private set; } = SubmissionFormat.Unknown;

    /// <summary>Reads a whole SDMX-CSV submission; for large files use <see cref="ReadEntries"/> instead.</summary>
    public static ParsedSubmission Read(TextReader text, SubmissionContext context, int maxRowChars = DefaultMaxRowChars)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = new SdmxCsvReader(text, maxRowChars);
        var observations = ImmutableArray.CreateBuilder<SubmittedObservation>();
        var problems = ImmutableArray.CreateBuilder<SubmissionProblem>();
        if (!SubmissionIds.IsValid(context.SubmissionId))
        {
            problems.Add(new(null, null, ProblemCodes.InvalidSubmissionId, $"submission id '{context.SubmissionId}' must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'"));
        }

        foreach (var entry in reader.ReadEntries())
        {
            if (entry.Observation is { } observation)
            {
                observations.Add(observation);
            }
            else if (entry.Problem is { } problem)
            {
                problems.Add(problem);
            }
        }

        return new ParsedSubmission(
            context.SubmissionId,
            context.Source,
            context.SubmittedAt,
            reader.Format,
            observations.ToImmutable(),
            problems.ToImmutable());
    }

    /// <summary>Yields each figure and each problem as its row is read. Enumerate once.</summary>
    public IEnumerable<SubmissionEntry> ReadEntries()
    {
        var fields = new List<string>();
        _records.DetectDelimiter();
        if (!_records.TryRead(fields, out _, out var headerError))
        {
            yield return SubmissionEntry.Of(new SubmissionProblem(1, null, ProblemCodes.EmptyBody, "the file is empty"));
            yield break;
        }

        if (headerError is not null)
        {
            yield return SubmissionEntry.Of(new SubmissionProblem(1, null, ProblemCodes.MalformedCsv, headerError));
            yield break;
        }

        var headerProblems = new List<SubmissionProblem>();
        var columns = ReadHeader(fields, headerProblems);
        foreach (var problem in headerProblems)
        {
            yield return SubmissionEntry.Of(problem);
        }

        if (columns is null)
        {
            yield break;
        }

        var rowProblems = new List<SubmissionProblem>();
        var rows = 0;
        while (_records.TryRead(fields, out var line, out var error))
        {
            rows++;
            if (error is not null)
            {
                yield return SubmissionEntry.Of(new SubmissionProblem(line, null, ProblemCodes.MalformedCsv, error));
                continue;
            }

            if (fields.Count != columns.Count)
            {
                yield return SubmissionEntry.Of(new SubmissionProblem(
                    line, null, ProblemCodes.FieldCount, string.Create(CultureInfo.InvariantCulture, $"the row has {fields.Count} fields but the header has {columns.Count}")));
                continue;
            }

            rowProblems.Clear();
            CheckStructure(fields, line, rowProblems);
            var observation = SdmxRowParser.Parse(columns.ToRow(fields, line), rowProblems);
            foreach (var problem in rowProblems)
            {
                yield return SubmissionEntry.Of(problem);
            }

            if (observation is not null && rowProblems.Count == 0)
            {
                yield return SubmissionEntry.Of(observation);
            }
        }

        if (rows == 0)
        {
            yield return SubmissionEntry.Of(new SubmissionProblem(null, null, ProblemCodes.NoObservations, "no observations: the file has a header but no rows"));
        }
    }

    private ColumnMap? ReadHeader(List<string> header, List<SubmissionProblem> problems)
    {
        var names = header.Select(HeaderId).ToArray();
        if (names.Length > 0 && names[0].Length > 0 && names[0][0] == '\uFEFF')
        {
            names[0] = names[0][1..];
        }

        var first = names.Length > 0 ? names[0] : string.Empty;
        if (first.Equals(SdmxColumns.Dataflow, StringComparison.OrdinalIgnoreCase))
        {
            Format = SubmissionFormat.SdmxCsv1;
        }
        else if (first.Equals(SdmxColumns.Structure, StringComparison.OrdinalIgnoreCase)
            && names.Length > 1 && names[1].Equals(SdmxColumns.StructureId, StringComparison.OrdinalIgnoreCase))
        {
            Format = SubmissionFormat.SdmxCsv2;
        }
        else
        {
            problems.Add(new(1, first, ProblemCodes.InvalidHeader, "the header must start with DATAFLOW (SDMX-CSV 1.0) or STRUCTURE,STRUCTURE_ID (SDMX-CSV 2.0)"));
            return null;
        }

        var map = new ColumnMap(names.Length);
        var used = new[] { SdmxColumns.Action, SdmxColumns.RefArea, SdmxColumns.Indicator, SdmxColumns.Freq, SdmxColumns.TimePeriod, SdmxColumns.ObsValue, SdmxColumns.ObsStatus };
        foreach (var name in used)
        {
            var positions = Enumerable.Range(0, names.Length).Where(i => names[i].Equals(name, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (positions.Length > 1)
            {
                problems.Add(new(1, name, ProblemCodes.DuplicateColumn, $"column {name} appears {positions.Length} times"));
            }

            map.Set(name, positions.Length > 0 ? positions[0] : -1);
        }

        var missing = SdmxColumns.Required.Where(name => map.IndexOf(name) < 0).ToArray();
        if (missing.Length > 0)
        {
            problems.Add(new(1, string.Join(",", missing), ProblemCodes.MissingColumns, $"missing required column{(missing.Length > 1 ? "s" : string.Empty)}: {string.Join(", ", missing)}"));
        }

        return problems.Count == 0 ? map : null;
    }

    private void CheckStructure(List<string> fields, int line, List<SubmissionProblem> problems)
    {
        if (Format == SubmissionFormat.SdmxCsv1)
        {
            var dataflow = fields[0].Trim();
            if (!StructureReference().IsMatch(dataflow))
            {
                problems.Add(new(line, SdmxColumns.Dataflow, ProblemCodes.InvalidStructure, $"'{dataflow}' is not a dataflow reference of the form AGENCY:ID(VERSION)"));
            }

            return;
        }

        var structure = fields[0].Trim();
        if (!StructureTypes.Contains(structure, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(new(line, SdmxColumns.Structure, ProblemCodes.InvalidStructure, $"'{structure}' is not a structure type (expected dataflow, datastructure or dataprovision)"));
        }

        var structureId = fields[1].Trim();
        if (!StructureReference().IsMatch(structureId))
        {
            problems.Add(new(line, SdmxColumns.StructureId, ProblemCodes.InvalidStructure, $"'{structureId}' is not a structure reference of the form AGENCY:ID(VERSION)"));
        }
    }

    /// <summary>SDMX-CSV may label headers as <c>REF_AREA: Reference area</c>; the id is the part before the colon.</summary>
    private static string HeaderId(string header)
    {
        var trimmed = header.Trim();
        var colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? trimmed[..colon].Trim() : trimmed;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_@$\-]+(\.[A-Za-z0-9_@$\-]+)*:[A-Za-z0-9_@$\-]+\([0-9A-Za-z.+*\-]+\)$", RegexOptions.CultureInvariant)]
    private static partial Regex StructureReference();

    private sealed class ColumnMap(int count)
    {
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

        public int Count { get; } = count;

        public void Set(string name, int position) => _positions[name] = position;

        public int IndexOf(string name) => _positions.GetValueOrDefault(name, -1);

        public SdmxRow ToRow(List<string> fields, int line) => new(
            line,
            Cell(fields, SdmxColumns.RefArea),
            Cell(fields, SdmxColumns.Indicator),
            Cell(fields, SdmxColumns.Freq),
            Cell(fields, SdmxColumns.TimePeriod),
            Cell(fields, SdmxColumns.ObsValue),
            Cell(fields, SdmxColumns.ObsStatus),
            Cell(fields, SdmxColumns.Action));

        private string? Cell(List<string> fields, string name) => IndexOf(name) is var i and >= 0 ? fields[i] : null;
    }
}
