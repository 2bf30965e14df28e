using System.Collections.Frozen;
using ObservationBasis = Regional.Observations.Basis;
using ObservationStatus = Regional.Observations.ObservationStatus;

namespace Regional.Submissions.Json;

/// <summary>
/// The names and values of the JSON submission envelope, schema <c>regional.submission/v1</c>. The reader accepts
/// exactly these; the published JSON Schema (schemas/submission.v1.schema.json) is tested against them.
/// </summary>
public static class EnvelopeVocabulary
{
    public const string SchemaId = "regional.submission/v1";


    /// <summary>RFC 3339 date-time with seconds and an offset, as JSON Schema's <c>date-time</c> format asks.</summary>
    public const string TimestampPattern = @"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$";

    public static IReadOnlyList<string> RequiredFields { get; } = [Field.Schema, Field.SubmissionId, Field.Source, Field.SubmittedAt, Field.Observations];

    public static IReadOnlyList<string> OptionalFields { get; } = [];

    /// <summary><c>value</c> is required but may be null: null marks an intentionally missing figure.</summary>
    public static IReadOnlyList<string> RequiredObservationFields { get; } = [ObservationField.Region, ObservationField.Indicator, ObservationField.Period, ObservationField.Value];

    public static IReadOnlyList<string> OptionalObservationFields { get; } = [ObservationField.Status, ObservationField.Basis];

    /// <summary>Status when an observation gives none.</summary>
    public const ObservationStatus DefaultStatus = ObservationStatus.Provisional;

    public static FrozenDictionary<string, ObservationStatus> Statuses { get; } = new Dictionary<string, ObservationStatus>
    {
        ["provisional"] = ObservationStatus.Provisional,
        ["final"] = ObservationStatus.Final,
        ["revised"] = ObservationStatus.Revised,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>When an observation gives no basis, the indicator's own applies.</summary>
    public static FrozenDictionary<string, ObservationBasis> Bases { get; } = new Dictionary<string, ObservationBasis>
    {
        ["level"] = ObservationBasis.Level,
        ["period-growth"] = ObservationBasis.PeriodGrowth,
        ["ytd-growth"] = ObservationBasis.YtdGrowth,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Property names of the envelope object.</summary>
    public static class Field
    {
        public const string Schema = "schema";
        public const string SubmissionId = "submissionId";
        public const string Source = "source";
        public const string SubmittedAt = "submittedAt";
        public const string Observations = "observations";
    }

    /// <summary>Property names of one observation.</summary>
    public static class ObservationField
    {
        public const string Region = "region";
        public const string Indicator = "indicator";
        public const string Period = "period";
        public const string Value = "value";
        public const string Status = "status";
        public const string Basis = "basis";
    }
}
