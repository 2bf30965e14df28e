using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Regional.Catalogs.Dataflows;

namespace Regional.Submissions.Sdmx;

/// <summary>
/// Reads SDMX-CSV 1.0 (first column <c>DATAFLOW</c>), 2.0 and 2.1 (leading <c>STRUCTURE</c>, <c>STRUCTURE_ID</c>, and
/// an optional <c>ACTION</c>) row by row, through the catalog's dataflow mappings: each row's dataflow picks the
/// mapping that names its area, time and indicator. Columns are found by header name; labels written as
/// <c>REF_AREA: Reference area</c> (labels=both, in the header and in the cells) are cut at the colon, and the extra
/// columns of labels=name, <c>STRUCTURE_NAME</c>, <c>SERIES_KEY</c> and <c>OBS_KEY</c> are not read. Row numbers in
/// problems are 1-based lines of the file, the header being line 1. <see cref="ReadEntries"/> streams figures and
/// problems with memory bounded by the longest row, whatever the file's length.
/// </summary>
public sealed partial class SdmxCsvReader
{
    public const int DefaultMaxRowChars = 1024 * 1024;

    private static readonly string[] StructureTypes = ["dataflow", "datastructure", "dataprovision"];

    private readonly CsvRecordReader _records;
    private readonly SeriesMapper _mapper;

    public SdmxCsvReader(TextReader text, int maxRowChars = DefaultMaxRowChars, DataflowSet? dataflows = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRowChars, 1);
        _records = new CsvRecordReader(text, maxRowChars);
        _mapper = new SeriesMapper(dataflows ?? DataflowSet.Empty);
    }

    /// <summary><see cref="SubmissionFormat.SdmxCsv1"/> or <see cref="SubmissionFormat.SdmxCsv2"/> once the header is read.</summary>
    public SubmissionFormat Format { get; private set; } = SubmissionFormat.Unknown;

    /// <summary>Observations read so far whose series no mapping selects.</summary>
    public int Ignored => _mapper.Ignored;

    /// <summary>A few of the ignored series.</summary>
    public ImmutableArray<string> IgnoredSeries => _mapper.IgnoredSeries;

    /// <summary>Reads a whole SDMX-CSV submission; for large files use <see cref="ReadEntries"/> instead.</summary>
    public static ParsedSubmission Read(TextReader text, SubmissionContext context, int maxRowChars = DefaultMaxRowChars, DataflowSet? dataflows = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = new SdmxCsvReader(text, maxRowChars, dataflows);
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
            problems.ToImmutable())
        {
            Ignored = reader.Ignored,
            IgnoredSeries = reader.IgnoredSeries,
        };
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
            var reference = CheckStructure(fields, line, columns, rowProblems);
            SubmittedObservation? observation = null;
            if (rowProblems.Count == 0 && _mapper.Resolve(reference, columns.Names, line, ReferenceColumn, rowProblems) is { } mapping
                && _mapper.Map(mapping, columns.Components(fields), columns.Cell(fields, SdmxColumns.ObsValue), columns.Cell(fields, SdmxColumns.Action), line, null, rowProblems) is { } row)
            {
                observation = SdmxRowParser.Parse(row, rowProblems);
            }

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

    private string ReferenceColumn => Format == SubmissionFormat.SdmxCsv1 ? SdmxColumns.Dataflow : SdmxColumns.StructureId;

    private ColumnMap? ReadHeader(List<string> header, List<SubmissionProblem> problems)
    {
        var labelled = header.Any(h => h.Contains(": ", StringComparison.Ordinal));
        var names = header.Select(HeaderId).ToArray();
        if (names.Length > 0 && names[0].Length > 0 && names[0][0] == '\uFEFF')
        {
            names[0] = names[0][1..];
        }

        var first = names.Length > 0 ? names[0] : string.Empty;
        int leading;
        if (first.Equals(SdmxColumns.Dataflow, StringComparison.OrdinalIgnoreCase))
        {
            Format = SubmissionFormat.SdmxCsv1;
            leading = 1;
        }
        else if (first.Equals(SdmxColumns.Structure, StringComparison.OrdinalIgnoreCase)
            && names.Length > 1 && names[1].Equals(SdmxColumns.StructureId, StringComparison.OrdinalIgnoreCase))
        {
            Format = SubmissionFormat.SdmxCsv2;
            leading = 2;
        }
        else
        {
            problems.Add(new(1, first, ProblemCodes.InvalidHeader, "the header must start with DATAFLOW (SDMX-CSV 1.0) or STRUCTURE,STRUCTURE_ID (SDMX-CSV 2.0 and 2.1)"));
            return null;
        }

        // Component ids are upper case in the project's own structure and in most agencies' (Eurostat's are lower case):
        // the leading structure columns and the SDMX-defined measure and attributes are matched ignoring case.
        for (var i = 0; i < names.Length; i++)
        {
            if (SdmxColumns.Standard.FirstOrDefault(c => c.Equals(names[i], StringComparison.OrdinalIgnoreCase)) is { } standard)
            {
                names[i] = standard;
            }
        }

        var map = new ColumnMap(names, leading, labelled);
        foreach (var duplicate in names.Where(n => n.Length > 0).GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new(1, duplicate.Key, ProblemCodes.DuplicateColumn, $"column {duplicate.Key} appears {duplicate.Count()} times"));
        }

        var missing = SdmxColumns.Required.Where(name => map.IndexOf(name) < 0).ToArray();
        if (missing.Length > 0)
        {
            problems.Add(new(1, string.Join(",", missing), ProblemCodes.MissingColumns, $"missing required column{(missing.Length > 1 ? "s" : string.Empty)}: {string.Join(", ", missing)}"));
        }

        return problems.Count == 0 ? map : null;
    }

    /// <summary>Checks the leading structure columns of a row and returns its dataflow reference.</summary>
    private string? CheckStructure(List<string> fields, int line, ColumnMap columns, List<SubmissionProblem> problems)
    {
        if (Format == SubmissionFormat.SdmxCsv1)
        {
            var dataflow = columns.Value(fields[0]);
            if (!StructureReference().IsMatch(dataflow))
            {
                problems.Add(new(line, SdmxColumns.Dataflow, ProblemCodes.InvalidStructure, $"'{dataflow}' is not a dataflow reference of the form AGENCY:ID(VERSION)"));
            }

            return dataflow;
        }

        var structure = columns.Value(fields[0]);
        if (!StructureTypes.Contains(structure, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(new(line, SdmxColumns.Structure, ProblemCodes.InvalidStructure, $"'{structure}' is not a structure type (expected dataflow, datastructure or dataprovision)"));
        }

        var structureId = columns.Value(fields[1]);
        if (!StructureReference().IsMatch(structureId))
        {
            problems.Add(new(line, SdmxColumns.StructureId, ProblemCodes.InvalidStructure, $"'{structureId}' is not a structure reference of the form AGENCY:ID(VERSION)"));
        }

        return structureId;
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

    /// <summary>The header: where each component is, and whether cells carry labels after their codes.</summary>
    private sealed class ColumnMap
    {
        private readonly string[] _names;
        private readonly int _leading;
        private readonly bool _labelled;
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _components = new(StringComparer.OrdinalIgnoreCase);

        public ColumnMap(string[] names, int leading, bool labelled)
        {
            _names = names;
            _leading = leading;
            _labelled = labelled;
            for (var i = 0; i < names.Length; i++)
            {
                _positions.TryAdd(names[i], i);
            }

            Names = [.. names.Skip(leading)];
        }

        public int Count => _names.Length;

        /// <summary>The component columns (every column after the leading structure columns).</summary>
        public IReadOnlyCollection<string> Names { get; }

        public int IndexOf(string name) => _positions.GetValueOrDefault(name, -1);

        /// <summary>A cell's code: with labels=both a cell reads <c>CHN: China</c>, and the code is the part before the colon.</summary>
        public string Value(string cell)
        {
            var trimmed = cell.Trim();
            if (!_labelled)
            {
                return trimmed;
            }

            var colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
            return colon > 0 ? trimmed[..colon].Trim() : trimmed;
        }

        public string? Cell(List<string> fields, string name) => IndexOf(name) is var i and >= 0 ? Value(fields[i]) : null;

        /// <summary>The row's components by id; the same dictionary is refilled for every row.</summary>
        public IReadOnlyDictionary<string, string?> Components(List<string> fields)
        {
            _components.Clear();
            for (var i = _leading; i < _names.Length; i++)
            {
                _components.TryAdd(_names[i], Value(fields[i]));
            }

            return _components;
        }
    }
}
