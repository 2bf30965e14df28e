using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regional.Observations;
using Regional.Periods;
using static Regional.Submissions.Json.EnvelopeVocabulary;
using Field = Regional.Submissions.Json.EnvelopeVocabulary.Field;
using ObservationField = Regional.Submissions.Json.EnvelopeVocabulary.ObservationField;

namespace Regional.Submissions.Json;

/// <summary>
/// Reads the JSON submission envelope (schema <c>regional.submission/v1</c>) token by token, so that every problem
/// carries its JSON path and line. Malformed JSON yields one problem with its line and position; otherwise every
/// problem in the document is collected. Unknown properties are rejected: a misspelt <c>status</c> would otherwise
/// silently become the default.
/// </summary>
public static partial class JsonEnvelopeReader
{
    private const int MaxDepth = 64;

    public static ParsedSubmission Read(ReadOnlySpan<byte> utf8)
    {
        var body = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        if (Utf8Text.FindInvalid(body) is { } encodingProblem)
        {
            return ParsedSubmission.Unreadable(SubmissionFormat.JsonEnvelope, null, encodingProblem);
        }

        var document = new DocumentState(new LineIndex(body));
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = MaxDepth });
            ReadRoot(ref reader, document);
        }
        catch (JsonException e)
        {
            var problem = new SubmissionProblem(
                (int)(e.LineNumber ?? 0) + 1,
                null,
                ProblemCodes.MalformedJson,
                $"the body is not valid JSON: {WithoutPosition(e.Message)}",
                (int)(e.BytePositionInLine ?? 0) + 1);
            return ParsedSubmission.Unreadable(SubmissionFormat.JsonEnvelope, null, problem);
        }

        return new ParsedSubmission(
            document.SubmissionId,
            document.Source,
            document.SubmittedAt,
            SubmissionFormat.JsonEnvelope,
            document.Observations.ToImmutable(),
            document.Problems.ToImmutable());
    }

    private static void ReadRoot(ref Utf8JsonReader reader, DocumentState document)
    {
        reader.Read();
        var rootLine = document.Line(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            document.Problem(rootLine, "$", ProblemCodes.WrongType, $"the body must be a JSON object, not {Describe(reader.TokenType)}");
            reader.Skip();
            DrainTrailing(ref reader);
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString() ?? string.Empty;
            var path = $"$.{name}";
            reader.Read();
            var line = document.Line(ref reader);
            if (!seen.Add(name))
            {
                document.Problem(line, path, ProblemCodes.DuplicateField, $"{name} is given more than once");
                reader.Skip();
                continue;
            }

            switch (name)
            {
                case Field.Schema:
                    if (ExpectString(ref reader, document, path) is { } schema && schema != SchemaId)
                    {
                        document.Problem(line, path, ProblemCodes.WrongSchema, $"'{schema}' is not a supported schema (expected {SchemaId})");
                    }

                    break;
                case Field.SubmissionId:
                    if (ExpectString(ref reader, document, path) is { } id)
                    {
                        if (SubmissionIds.IsValid(id))
                        {
                            document.SubmissionId = id;
                        }
                        else
                        {
                            document.Problem(line, path, ProblemCodes.InvalidSubmissionId, $"'{EnvelopeLimits.Echo(id)}' must be 1 to {EnvelopeLimits.MaxSubmissionIdLength} characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'");
                        }
                    }

                    break;
                case Field.Source:
                    if (ExpectString(ref reader, document, path) is { } source)
                    {
                        if (string.IsNullOrWhiteSpace(source))
                        {
                            document.Problem(line, path, ProblemCodes.InvalidSource, "source is empty");
                        }
                        else if (source.Length > EnvelopeLimits.MaxSourceLength)
                        {
                            document.Problem(line, path, ProblemCodes.InvalidSource, $"source is {source.Length} characters long; at most {EnvelopeLimits.MaxSourceLength} are allowed");
                        }
                        else
                        {
                            document.Source = source.Trim();
                        }
                    }

                    break;
                case Field.SubmittedAt:
                    if (ExpectString(ref reader, document, path) is { } timestamp)
                    {
                        if (Timestamp().IsMatch(timestamp)
                            && DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var submittedAt))
                        {
                            document.SubmittedAt = submittedAt;
                        }
                        else
                        {
                            document.Problem(line, path, ProblemCodes.InvalidTimestamp, $"'{timestamp}' is not an ISO 8601 date and time with an offset (for example 2025-10-20T08:00:00+08:00)");
                        }
                    }

                    break;
                case Field.Observations:
                    ReadObservations(ref reader, document, line);
                    break;
                default:
                    document.Problem(line, path, ProblemCodes.UnknownField, $"{name} is not a field of {SchemaId}");
                    reader.Skip();
                    break;
            }
        }

        foreach (var required in RequiredFields.Where(field => !seen.Contains(field)))
        {
            document.Problem(rootLine, $"$.{required}", ProblemCodes.MissingField, $"{required} is required");
        }

        DrainTrailing(ref reader);
    }

    private static void ReadObservations(ref Utf8JsonReader reader, DocumentState document, int line)
    {
        var path = $"$.{Field.Observations}";
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            document.Problem(line, path, ProblemCodes.WrongType, $"{Field.Observations} must be an array, not {Describe(reader.TokenType)}");
            reader.Skip();
            return;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var pointer = string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]");
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                document.Problem(document.Line(ref reader), pointer, ProblemCodes.WrongType, $"an observation must be an object, not {Describe(reader.TokenType)}");
                reader.Skip();
                continue;
            }

            ReadObservation(ref reader, document, pointer);
        }

        if (index == 0)
        {
            document.Problem(line, path, ProblemCodes.NoObservations, "no observations: the array is empty");
        }
    }

    private static void ReadObservation(ref Utf8JsonReader reader, DocumentState document, string pointer)
    {
        var objectLine = document.Line(ref reader);
        var problemsBefore = document.Problems.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? region = null;
        string? indicator = null;
        Period? period = null;
        double? value = null;
        var status = DefaultStatus;
        Basis? basis = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString() ?? string.Empty;
            var path = $"{pointer}.{name}";
            reader.Read();
            var line = document.Line(ref reader);
            if (!seen.Add(name))
            {
                document.Problem(line, path, ProblemCodes.DuplicateField, $"{name} is given more than once");
                reader.Skip();
                continue;
            }

            switch (name)
            {
                case ObservationField.Region:
                    region = ExpectCode(ref reader, document, path, line);
                    break;
                case ObservationField.Indicator:
                    indicator = ExpectCode(ref reader, document, path, line);
                    break;
                case ObservationField.Period:
                    if (ExpectString(ref reader, document, path) is { } periodText)
                    {
                        if (Period.TryParse(periodText, out var parsed, out var error))
                        {
                            period = parsed;
                        }
                        else
                        {
                            document.Problem(line, path, ProblemCodes.InvalidPeriod, error);
                        }
                    }

                    break;
                case ObservationField.Value:
                    value = ReadValue(ref reader, document, path, line);
                    break;
                case ObservationField.Status:
                    if (ExpectString(ref reader, document, path) is { } statusText)
                    {
                        if (!Statuses.TryGetValue(statusText, out status))
                        {
                            document.Problem(line, path, ProblemCodes.UnknownStatus, $"'{statusText}' is not a status (expected {string.Join(", ", Statuses.Keys)})");
                        }
                    }

                    break;
                case ObservationField.Basis:
                    if (ExpectString(ref reader, document, path) is { } basisText)
                    {
                        if (Bases.TryGetValue(basisText, out var parsedBasis))
                        {
                            basis = parsedBasis;
                        }
                        else
                        {
                            document.Problem(line, path, ProblemCodes.UnknownBasis, $"'{basisText}' is not a basis (expected {string.Join(", ", Bases.Keys)})");
                        }
                    }

                    break;
                default:
                    document.Problem(line, path, ProblemCodes.UnknownField, $"{name} is not a field of an observation");
                    reader.Skip();
                    break;
            }
        }

        foreach (var required in RequiredObservationFields.Where(field => !seen.Contains(field)))
        {
            document.Problem(objectLine, $"{pointer}.{required}", ProblemCodes.MissingField, $"{required} is required");
        }

        if (document.Problems.Count == problemsBefore && region is not null && indicator is not null && period is { } key)
        {
            document.Observations.Add(new SubmittedObservation(region, indicator, key, value, basis, status, SubmissionAction.Merge, objectLine, pointer));
        }
    }

    private static double? ReadValue(ref Utf8JsonReader reader, DocumentState document, string path, int line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                var parsed = reader.TryGetDouble(out var number);
                if (parsed && double.IsNormal(number))
                {
                    return number;
                }

                // Zero, a subnormal or a literal the reader could not hold: look at what was written.
                var literal = Encoding.UTF8.GetString(reader.ValueSpan);
                if (NumberLiteral.Problem(literal, parsed ? number : double.PositiveInfinity) is { } problem)
                {
                    document.Problem(line, path, problem.Code, problem.Reason);
                    return null;
                }

                return NumberLiteral.Normalised(number);
            case JsonTokenType.String:
                document.Problem(line, path, ProblemCodes.NotANumber, $"'{reader.GetString()}' is not a number (write null for a missing figure)");
                return null;
            default:
                document.Problem(line, path, ProblemCodes.WrongType, $"value must be a number or null, not {Describe(reader.TokenType)}");
                reader.Skip();
                return null;
        }
    }

    private static string? ExpectCode(ref Utf8JsonReader reader, DocumentState document, string path, int line)
    {
        var text = ExpectString(ref reader, document, path);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            document.Problem(line, path, ProblemCodes.MissingField, "must not be empty");
            return null;
        }

        if (text is not null && text.Length > EnvelopeLimits.MaxCodeLength)
        {
            document.Problem(line, path, ProblemCodes.InvalidCode, $"'{EnvelopeLimits.Echo(text)}' is {text.Length} characters long; a code has at most {EnvelopeLimits.MaxCodeLength}");
            return null;
        }

        return text?.Trim();
    }

    private static string? ExpectString(ref Utf8JsonReader reader, DocumentState document, string path)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        document.Problem(document.Line(ref reader), path, ProblemCodes.WrongType, $"must be a string, not {Describe(reader.TokenType)}");
        reader.Skip();
        return null;
    }

    /// <summary>Reading past the root makes the reader reject anything but whitespace after it.</summary>
    private static void DrainTrailing(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>The reader's messages end with 0-based positions; the problem carries 1-based ones instead.</summary>
    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }

    [GeneratedRegex(TimestampPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    private sealed class DocumentState(LineIndex lines)
    {
        public string? SubmissionId { get; set; }

        public string? Source { get; set; }

        public DateTimeOffset? SubmittedAt { get; set; }

        public ImmutableArray<SubmittedObservation>.Builder Observations { get; } = ImmutableArray.CreateBuilder<SubmittedObservation>();

        public ImmutableArray<SubmissionProblem>.Builder Problems { get; } = ImmutableArray.CreateBuilder<SubmissionProblem>();

        public int Line(ref Utf8JsonReader reader) => lines.LineOf(reader.TokenStartIndex);

        public void Problem(int line, string field, string code, string reason) => Problems.Add(new(line, field, code, reason));
    }
}
