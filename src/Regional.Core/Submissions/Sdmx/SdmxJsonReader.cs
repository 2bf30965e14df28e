using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Regional.Catalogs.Dataflows;
using Regional.Submissions.Json;

namespace Regional.Submissions.Sdmx;

/// <summary>
/// Reads an SDMX-JSON data message, version 2.0 (<c>data.structures</c> and <c>data.dataSets</c>) or 1.0 (a top-level
/// <c>structure</c> and <c>dataSets</c>), through the catalog's dataflow mappings: the dataflow is named by the
/// structure's <c>links</c> (an SDMX URN or a REST path). Series keys such as
/// <c>"0:0:4"</c> index the series dimensions of the data set's structure, observation keys index the observation
/// dimensions, and each observation array holds the value followed by indices of its observation attributes.
/// Data sets may also list <c>observations</c> directly under fully qualified keys. Dimensions declared at data set
/// level apply to every observation. Problems name the observation's location (line numbers are not tracked here).
/// </summary>
public static class SdmxJsonReader
{
    private const int MaxDepth = 64;

    public static ParsedSubmission Read(ReadOnlySpan<byte> utf8, SubmissionContext context, DataflowSet? dataflows = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        if (Utf8Text.FindInvalid(body) is { } encodingProblem)
        {
            return ParsedSubmission.Unreadable(SubmissionFormat.SdmxJson, context, encodingProblem);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            return ParsedSubmission.Unreadable(SubmissionFormat.SdmxJson, context, new SubmissionProblem(
                (int)(e.LineNumber ?? 0) + 1, null, ProblemCodes.MalformedJson, "the body is not valid JSON", (int)(e.BytePositionInLine ?? 0) + 1));
        }

        using (document)
        {
            var observations = ImmutableArray.CreateBuilder<SubmittedObservation>();
            var problems = new List<SubmissionProblem>();
            if (!SubmissionIds.IsValid(context.SubmissionId))
            {
                problems.Add(new(null, null, ProblemCodes.InvalidSubmissionId, $"submission id '{context.SubmissionId}' must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'"));
            }

            var mapper = new SeriesMapper(dataflows ?? DataflowSet.Empty);
            ReadMessage(document.RootElement, mapper, observations, problems);
            return new ParsedSubmission(
                context.SubmissionId, context.Source, context.SubmittedAt, SubmissionFormat.SdmxJson, observations.ToImmutable(), [.. problems])
            {
                Ignored = mapper.Ignored,
                IgnoredSeries = mapper.IgnoredSeries,
            };
        }
    }

    private static void ReadMessage(JsonElement root, SeriesMapper mapper, ImmutableArray<SubmittedObservation>.Builder observations, List<SubmissionProblem> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(null, "$", ProblemCodes.InvalidStructure, "an SDMX-JSON data message must be an object"));
            return;
        }

        JsonElement dataSets;
        List<JsonElement> structures;
        string path;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            path = "$.data";
            if (!data.TryGetProperty("structures", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                problems.Add(new(null, "$.data.structures", ProblemCodes.InvalidStructure, "structures must be a non-empty array"));
                return;
            }

            structures = [.. list.EnumerateArray()];
            data.TryGetProperty("dataSets", out dataSets);
        }
        else if (root.TryGetProperty("structure", out var single) && single.ValueKind == JsonValueKind.Object)
        {
            // SDMX-JSON 1.0: one structure and the data sets at the top level.
            path = "$";
            structures = [single];
            root.TryGetProperty("dataSets", out dataSets);
        }
        else
        {
            problems.Add(new(null, "$.data", ProblemCodes.InvalidStructure, "an SDMX-JSON data message needs a data object (2.0) or a structure and dataSets (1.0)"));
            return;
        }

        if (dataSets.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new(null, $"{path}.dataSets", ProblemCodes.InvalidStructure, "dataSets must be an array"));
            return;
        }

        var count = 0;
        var index = 0;
        foreach (var dataSet in dataSets.EnumerateArray())
        {
            var setPath = string.Create(CultureInfo.InvariantCulture, $"{path}.dataSets[{index++}]");
            count += ReadDataSet(dataSet, setPath, structures, mapper, observations, problems);
        }

        if (count == 0)
        {
            problems.Add(new(null, $"{path}.dataSets", ProblemCodes.NoObservations, "no observations: the message holds no data"));
        }
    }

    private static int ReadDataSet(
        JsonElement dataSet,
        string path,
        List<JsonElement> structures,
        SeriesMapper mapper,
        ImmutableArray<SubmittedObservation>.Builder observations,
        List<SubmissionProblem> problems)
    {
        if (dataSet.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(null, path, ProblemCodes.WrongType, "a data set must be an object"));
            return 0;
        }

        var structureIndex = dataSet.TryGetProperty("structure", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var i) ? i : 0;
        if (structureIndex < 0 || structureIndex >= structures.Count)
        {
            problems.Add(new(null, $"{path}.structure", ProblemCodes.InvalidStructure, $"structure {structureIndex} does not exist"));
            return 0;
        }

        var layout = Layout.From(structures[structureIndex]);
        var reference = DataflowLink(dataSet) ?? DataflowLink(structures[structureIndex]);
        if (mapper.Resolve(reference, layout.ComponentIds, null, $"{path}.structure", problems) is not { } mapping)
        {
            return 0;
        }

        string? action = null;
        if (dataSet.TryGetProperty("action", out var actionElement) && actionElement.ValueKind == JsonValueKind.String)
        {
            var word = actionElement.GetString() ?? string.Empty;
            if (ActionCodes.Words.TryGetValue(word, out var parsed))
            {
                action = parsed switch { SubmissionAction.Delete => "D", SubmissionAction.Replace => "R", _ => "M" };
            }
            else
            {
                problems.Add(new(null, $"{path}.action", ProblemCodes.UnknownAction, $"'{word}' is not an action (expected Information, Append, Merge, Replace or Delete)"));
                return 0;
            }
        }

        var count = 0;
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (dataSet.TryGetProperty("series", out var series) && series.ValueKind == JsonValueKind.Object)
        {
            foreach (var one in series.EnumerateObject())
            {
                var seriesPath = $"{path}.series['{one.Name}']";
                values.Clear();
                layout.ResolveAttributes(dataSet, layout.DataSetAttributes, values);
                if (!layout.Resolve(one.Name, layout.SeriesDimensions, values, seriesPath, problems))
                {
                    continue;
                }

                layout.ResolveAttributes(one.Value, layout.SeriesAttributes, values);
                if (one.Value.ValueKind == JsonValueKind.Object
                    && one.Value.TryGetProperty("observations", out var seriesObservations) && seriesObservations.ValueKind == JsonValueKind.Object)
                {
                    count += ReadObservations(seriesObservations, layout.ObservationDimensions, seriesPath, layout, mapping, mapper, values, action, observations, problems);
                }
            }
        }

        if (dataSet.TryGetProperty("observations", out var flat) && flat.ValueKind == JsonValueKind.Object)
        {
            values.Clear();
            layout.ResolveAttributes(dataSet, layout.DataSetAttributes, values);
            count += ReadObservations(flat, layout.SeriesDimensions.AddRange(layout.ObservationDimensions), path, layout, mapping, mapper, values, action, observations, problems);
        }

        return count;
    }

    private static int ReadObservations(
        JsonElement container,
        ImmutableArray<Component> keyDimensions,
        string path,
        Layout layout,
        DataflowMapping mapping,
        SeriesMapper mapper,
        Dictionary<string, string?> seriesValues,
        string? action,
        ImmutableArray<SubmittedObservation>.Builder observations,
        List<SubmissionProblem> problems)
    {
        var count = 0;
        var rowProblems = new List<SubmissionProblem>();
        foreach (var one in container.EnumerateObject())
        {
            count++;
            var pointer = $"{path}.observations['{one.Name}']";
            var values = new Dictionary<string, string?>(seriesValues, StringComparer.OrdinalIgnoreCase);
            if (!layout.Resolve(one.Name, keyDimensions, values, pointer, problems))
            {
                continue;
            }

            string? obsValue = null;
            if (one.Value.ValueKind != JsonValueKind.Array || one.Value.GetArrayLength() == 0)
            {
                problems.Add(new(null, pointer, ProblemCodes.WrongType, "an observation must be an array starting with its value"));
                continue;
            }

            var first = one.Value[0];
            obsValue = first.ValueKind switch
            {
                JsonValueKind.Number => first.GetRawText(),
                JsonValueKind.String => first.GetString(),
                JsonValueKind.Null => string.Empty,
                _ => first.GetRawText(),
            };
            layout.ResolveObservationAttributes(one.Value, values);

            rowProblems.Clear();
            if (mapper.Map(mapping, values, obsValue, action, null, pointer, rowProblems) is { } row
                && SdmxRowParser.Parse(row, rowProblems) is { } observation)
            {
                observations.Add(observation);
            }

            problems.AddRange(rowProblems);
        }

        return count;
    }

    /// <summary>The dataflow a data set or structure links to (<c>rel: dataflow</c>), as a URN or a REST path.</summary>
    private static string? DataflowLink(JsonElement owner)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty("links", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var link in links.EnumerateArray())
        {
            if (link.ValueKind != JsonValueKind.Object
                || !link.TryGetProperty("rel", out var rel) || rel.ValueKind != JsonValueKind.String || rel.GetString() != "dataflow")
            {
                continue;
            }

            foreach (var name in new[] { "urn", "href" })
            {
                if (link.TryGetProperty(name, out var target) && target.ValueKind == JsonValueKind.String
                    && DataflowReference.TryParseLink(target.GetString(), out var reference))
                {
                    return reference.ToString();
                }
            }
        }

        return null;
    }

    private sealed record Component(string Id, ImmutableArray<string?> Values);

    private sealed record Layout(
        ImmutableArray<Component> DataSetDimensions,
        ImmutableArray<Component> SeriesDimensions,
        ImmutableArray<Component> ObservationDimensions,
        ImmutableArray<Component> SeriesAttributes,
        ImmutableArray<Component> ObservationAttributes,
        ImmutableArray<Component> DataSetAttributes)
    {
        public static Layout From(JsonElement structure)
        {
            var dimensions = Section(structure, "dimensions");
            var attributes = Section(structure, "attributes");
            return new Layout(
                Components(dimensions, "dataSet"),
                Components(dimensions, "series"),
                Components(dimensions, "observation"),
                Components(attributes, "series"),
                Components(attributes, "observation"),
                Components(attributes, "dataSet"));
        }

        /// <summary>Every dimension and attribute id of the structure.</summary>
        public IReadOnlyCollection<string> ComponentIds =>
            [.. DataSetDimensions.Concat(SeriesDimensions).Concat(ObservationDimensions).Concat(SeriesAttributes).Concat(ObservationAttributes).Concat(DataSetAttributes).Select(c => c.Id)];

        /// <summary>Fills <paramref name="values"/> from a key such as <c>0:0:4</c>; data-set dimensions come first.</summary>
        public bool Resolve(string key, ImmutableArray<Component> dimensions, Dictionary<string, string?> values, string path, List<SubmissionProblem> problems)
        {
            foreach (var component in DataSetDimensions.Where(c => c.Values.Length > 0))
            {
                values.TryAdd(component.Id, component.Values[0]);
            }

            var parts = key.Split(':');
            if (parts.Length != dimensions.Length)
            {
                problems.Add(new(null, path, ProblemCodes.InvalidStructure, $"key '{key}' has {parts.Length} positions but the structure has {dimensions.Length} dimensions here"));
                return false;
            }

            for (var i = 0; i < parts.Length; i++)
            {
                if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                    || position >= dimensions[i].Values.Length)
                {
                    problems.Add(new(null, path, ProblemCodes.InvalidStructure, $"key '{key}': '{parts[i]}' is not a value of {dimensions[i].Id}"));
                    return false;
                }

                values[dimensions[i].Id] = dimensions[i].Values[position];
            }

            return true;
        }

        public void ResolveAttributes(JsonElement owner, ImmutableArray<Component> attributes, Dictionary<string, string?> values)
        {
            if (owner.ValueKind == JsonValueKind.Object
                && owner.TryGetProperty("attributes", out var indices) && indices.ValueKind == JsonValueKind.Array)
            {
                Apply(indices.EnumerateArray().ToArray(), 0, attributes, values);
            }
        }

        public void ResolveObservationAttributes(JsonElement observation, Dictionary<string, string?> values) =>
            Apply(observation.EnumerateArray().ToArray(), 1, ObservationAttributes, values);

        private static void Apply(JsonElement[] indices, int offset, ImmutableArray<Component> attributes, Dictionary<string, string?> values)
        {
            for (var i = 0; i < attributes.Length && i + offset < indices.Length; i++)
            {
                var index = indices[i + offset];
                if (index.ValueKind == JsonValueKind.Number && index.TryGetInt32(out var position)
                    && position >= 0 && position < attributes[i].Values.Length)
                {
                    values[attributes[i].Id] = attributes[i].Values[position];
                }
            }
        }

        private static JsonElement Section(JsonElement structure, string name) =>
            structure.ValueKind == JsonValueKind.Object && structure.TryGetProperty(name, out var section) && section.ValueKind == JsonValueKind.Object
                ? section
                : default;

        private static ImmutableArray<Component> Components(JsonElement section, string level)
        {
            if (section.ValueKind != JsonValueKind.Object || !section.TryGetProperty(level, out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return [.. list.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object)
                .Select(c => new Component(Text(c, "id") ?? string.Empty, ValuesOf(c)))];
        }

        private static ImmutableArray<string?> ValuesOf(JsonElement component) =>
            component.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
                ? [.. values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Object ? Text(v, "id") ?? Text(v, "value") : null)]
                : [];

        private static string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
