using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Regional.Observations;

namespace Regional.Submissions.Envelope;

/// <summary>
/// The project's JSON submission envelope, schema <c>regional.submission/v1</c>: one source's figures submitted at
/// one moment. Vintages are not part of the envelope: a later submission of a figure already known becomes its next vintage.
/// </summary>
public sealed record SubmissionEnvelope(
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("submissionId")] string SubmissionId,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("submittedAt")] DateTimeOffset SubmittedAt,
    [property: JsonPropertyName("observations")] ImmutableArray<EnvelopeObservation> Observations)
{
    public const string SchemaV1 = "regional.submission/v1";
}

/// <summary>
/// One figure of an envelope. <see cref="Value"/> null marks an intentionally missing figure; <see cref="Status"/>
/// defaults to provisional and <see cref="Basis"/> to the indicator's basis when omitted.
/// </summary>
public sealed record EnvelopeObservation(
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("indicator")] string Indicator,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("status")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [property: JsonConverter(typeof(KebabCaseEnumConverter<ObservationStatus>))]
    ObservationStatus? Status = null,
    [property: JsonPropertyName("basis")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [property: JsonConverter(typeof(KebabCaseEnumConverter<Basis>))]
    Basis? Basis = null);
