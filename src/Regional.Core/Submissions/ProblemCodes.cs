namespace Regional.Submissions;

/// <summary>Stable machine-readable codes of <see cref="SubmissionProblem"/>; callers and dashboards group by them.</summary>
public static class ProblemCodes
{
    public const string EmptyBody = "empty-body";
    public const string TooLarge = "too-large";
    public const string UnknownFormat = "unknown-format";
    public const string MalformedJson = "malformed-json";
    public const string MalformedCsv = "malformed-csv";
    public const string MalformedXml = "malformed-xml";
    public const string WrongSchema = "wrong-schema";
    public const string MissingField = "missing-field";
    public const string UnknownField = "unknown-field";
    public const string DuplicateField = "duplicate-field";
    public const string WrongType = "wrong-type";
    public const string InvalidSubmissionId = "invalid-submission-id";
    public const string InvalidSource = "invalid-source";
    public const string InvalidTimestamp = "invalid-timestamp";
    public const string InvalidCode = "invalid-code";
    public const string NotANumber = "not-a-number";
    public const string NotFinite = "not-finite";
    public const string Underflow = "underflow";
    public const string OutOfHardRange = "out-of-hard-range";
    public const string UnknownStatus = "unknown-status";
    public const string UnknownBasis = "unknown-basis";
    public const string UnknownAction = "unknown-action";
    public const string UnknownFrequency = "unknown-frequency";
    public const string StatusContradictsValue = "status-contradicts-value";
    public const string InvalidPeriod = "invalid-period";
    public const string FrequencyMismatch = "frequency-mismatch";
    public const string MissingColumns = "missing-columns";
    public const string DuplicateColumn = "duplicate-column";
    public const string InvalidHeader = "invalid-header";
    public const string FieldCount = "field-count";
    public const string InvalidStructure = "invalid-structure";
    public const string NoObservations = "no-observations";
    public const string UnknownRegion = "unknown-region";
    public const string UnknownIndicator = "unknown-indicator";
    public const string DerivedIndicator = "derived-indicator";
    public const string BasisMismatch = "basis-mismatch";
    public const string FuturePeriod = "future-period";
    public const string DuplicateKey = "duplicate-key";
    public const string DuplicateSubmissionId = "duplicate-submission-id";
    public const string DeleteNotSupported = "delete-not-supported";
    public const string UnknownDataflow = "unknown-dataflow";
    public const string MalformedWorkbook = "malformed-workbook";
    public const string FormulaWithoutValue = "formula-without-value";
    public const string CatalogVersionMismatch = "catalog-version-mismatch";
    public const string UnitMultiplier = "unit-multiplier";
}
