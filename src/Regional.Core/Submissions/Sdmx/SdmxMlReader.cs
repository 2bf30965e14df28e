using System.Collections.Immutable;
using System.Xml;
using Regional.Catalogs.Dataflows;

namespace Regional.Submissions.Sdmx;

/// <summary>
/// Reads SDMX-ML 2.1 structure-specific data (<c>StructureSpecificData</c>), the XML most agencies serve, forward only
/// with an <see cref="XmlReader"/>: memory does not grow with the number of series. The header's
/// <c>Structure</c> elements name each data set's dataflow (<c>StructureUsage</c>, else the data structure); a
/// <c>DataSet</c>'s own attributes, each <c>Series</c>' attributes (its key and series attributes) and each
/// <c>Obs</c>' attributes make up an observation's components, so both time-series and flat (<c>AllDimensions</c>)
/// messages are read. Groups carry only attributes and are not read. Problems name the 1-based line of the
/// <c>Obs</c> element. DTDs are refused.
/// </summary>
public static class SdmxMlReader
{
    private const string MessageNamespace = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    private const string StructureSpecificNamespace = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";

    public static ParsedSubmission Read(Stream xml, SubmissionContext context, DataflowSet? dataflows = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(context);
        var observations = ImmutableArray.CreateBuilder<SubmittedObservation>();
        var problems = new List<SubmissionProblem>();
        if (!SubmissionIds.IsValid(context.SubmissionId))
        {
            problems.Add(new(null, null, ProblemCodes.InvalidSubmissionId, $"submission id '{context.SubmissionId}' must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'"));
        }

        var mapper = new SeriesMapper(dataflows ?? DataflowSet.Empty);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(xml, settings);
        var state = new State(mapper, observations, problems);
        try
        {
            Walk(reader, state);
        }
        catch (XmlException e)
        {
            problems.Add(new(e.LineNumber, null, ProblemCodes.MalformedXml, $"the body is not well-formed XML: {e.Message}", e.LinePosition));
        }

        if (state.Observations == 0 && problems.Count == 0)
        {
            problems.Add(new(null, null, ProblemCodes.NoObservations, "no observations: the message holds no Obs element"));
        }

        return new ParsedSubmission(context.SubmissionId, context.Source, context.SubmittedAt, SubmissionFormat.SdmxMl21, observations.ToImmutable(), [.. problems])
        {
            Ignored = mapper.Ignored,
            IgnoredSeries = mapper.IgnoredSeries,
        };
    }

    private static void Walk(XmlReader reader, State state)
    {
        var lines = (IXmlLineInfo)reader;
        var structures = new Dictionary<string, string>(StringComparer.Ordinal);
        string? structureId = null;
        var dataSet = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var series = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        DataflowMapping? mapping = null;
        string? action = null;
        var inDataSet = false;
        var rootChecked = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "DataSet")
            {
                inDataSet = false;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (!rootChecked)
            {
                rootChecked = true;
                if (reader.LocalName != "StructureSpecificData" || reader.NamespaceURI != MessageNamespace)
                {
                    state.Problems.Add(new(lines.LineNumber, reader.Name, ProblemCodes.InvalidStructure, $"expected an SDMX-ML 2.1 StructureSpecificData message, found <{reader.Name}> in namespace '{reader.NamespaceURI}'"));
                    return;
                }

                continue;
            }

            switch (reader.LocalName)
            {
                case "Structure" when reader.NamespaceURI == MessageNamespace:
                    structureId = reader.GetAttribute("structureID");
                    break;
                case "Ref" when structureId is not null && !structures.ContainsKey(structureId):
                    var agency = reader.GetAttribute("agencyID");
                    var id = reader.GetAttribute("id");
                    var version = reader.GetAttribute("version") ?? "1.0";
                    if (agency is not null && id is not null)
                    {
                        structures[structureId] = $"{agency}:{id}({version})";
                    }

                    break;
                case "DataSet":
                    inDataSet = true;
                    dataSet.Clear();
                    var reference = structures.GetValueOrDefault(reader.GetAttribute("structureRef", StructureSpecificNamespace) ?? string.Empty);
                    action = ActionOf(reader.GetAttribute("action"), lines.LineNumber, state.Problems);
                    CopyAttributes(reader, dataSet);
                    mapping = reference is null && structures.Count == 0
                        ? null
                        : state.Mapper.Resolve(reference, DeclaredComponents(reference), lines.LineNumber, "DataSet@structureRef", state.Problems);
                    if (reference is null && structures.Count == 0)
                    {
                        state.Problems.Add(new(lines.LineNumber, "Header/Structure", ProblemCodes.InvalidStructure, "the header names no structure for the data set"));
                    }

                    break;
                case "Series" when inDataSet:
                    series.Clear();
                    foreach (var pair in dataSet)
                    {
                        series[pair.Key] = pair.Value;
                    }

                    CopyAttributes(reader, series);
                    break;
                case "Obs" when inDataSet:
                    state.Observations++;
                    var line = lines.LineNumber;
                    var components = new Dictionary<string, string?>(reader.Depth > 2 ? series : dataSet, StringComparer.OrdinalIgnoreCase);
                    CopyAttributes(reader, components);
                    if (mapping is null)
                    {
                        break;
                    }

                    var rowProblems = new List<SubmissionProblem>();
                    if (state.Mapper.Map(mapping, components, components.GetValueOrDefault(SdmxColumns.ObsValue), action, line, null, rowProblems) is { } row
                        && SdmxRowParser.Parse(row, rowProblems) is { } observation)
                    {
                        state.Accepted.Add(observation);
                    }

                    state.Problems.AddRange(rowProblems);
                    break;
            }
        }

        // The components a structure-specific message carries are only known once its elements are read, so the
        // mapping's own components are taken as present here; a missing one shows as an empty cell of its observation.
        IReadOnlyCollection<string> DeclaredComponents(string? reference) =>
            DataflowReference.TryParse(reference, out var sent) && state.Mapper.Declared(sent) is { } declared
                ? [.. declared.RequiredComponents()]
                : [SdmxColumns.RefArea, SdmxColumns.Indicator];
    }

    private static string? ActionOf(string? word, int line, List<SubmissionProblem> problems)
    {
        if (string.IsNullOrEmpty(word))
        {
            return null;
        }

        if (!ActionCodes.Words.TryGetValue(word, out var action))
        {
            problems.Add(new(line, "DataSet@action", ProblemCodes.UnknownAction, $"'{word}' is not an action (expected Information, Append, Merge, Replace or Delete)"));
            return null;
        }

        return action switch { SubmissionAction.Delete => "D", SubmissionAction.Replace => "R", _ => "M" };
    }

    /// <summary>Unqualified attributes are the components; namespaced ones (<c>xsi:type</c>, <c>ss:structureRef</c>) are not.</summary>
    private static void CopyAttributes(XmlReader reader, Dictionary<string, string?> into)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (reader.NamespaceURI.Length == 0 && reader.LocalName != "action")
            {
                into[reader.LocalName] = reader.Value;
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    private sealed class State(SeriesMapper mapper, ImmutableArray<SubmittedObservation>.Builder accepted, List<SubmissionProblem> problems)
    {
        public SeriesMapper Mapper { get; } = mapper;

        public ImmutableArray<SubmittedObservation>.Builder Accepted { get; } = accepted;

        public List<SubmissionProblem> Problems { get; } = problems;

        public int Observations { get; set; }
    }
}
