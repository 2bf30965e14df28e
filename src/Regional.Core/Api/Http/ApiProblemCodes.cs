namespace Regional.Api.Http;

/// <summary>The machine-readable <c>code</c> of every problem the API answers; clients branch on these, never on text.</summary>
public static class ApiProblemCodes
{
    // 400
    public const string BadRequest = "bad-request";
    public const string InvalidPeriod = "invalid-period";
    public const string InvalidYear = "invalid-year";
    public const string InvalidRegionCode = "invalid-region-code";
    public const string InvalidIndicatorId = "invalid-indicator-id";
    public const string InvalidSubmissionId = "invalid-submission-id";
    public const string InvalidParameter = "invalid-parameter";
    public const string MissingParameter = "missing-parameter";
    public const string UnknownParameter = "unknown-parameter";
    public const string RepeatedParameter = "repeated-parameter";
    public const string UnknownPeerGroup = "unknown-peer-group";
    public const string InvalidRange = "invalid-range";
    public const string InvalidContinuationToken = "invalid-continuation-token";
    public const string InvalidEncoding = "invalid-encoding";
    public const string MalformedSubmission = "malformed-submission";
    public const string MalformedBody = "malformed-body";
    public const string InvalidAlertId = "invalid-alert-id";

    // 401, 403
    public const string InvalidPrincipal = "invalid-principal";
    public const string Forbidden = "forbidden";

    // 404, 406
    public const string NotFound = "not-found";
    public const string UnknownRegion = "unknown-region";
    public const string UnknownIndicator = "unknown-indicator";
    public const string PeriodNotEvaluated = "period-not-evaluated";
    public const string SubmissionNotFound = "submission-not-found";
    public const string AlertNotFound = "alert-not-found";
    public const string NotAcceptable = "not-acceptable";

    // 409, 412, 413, 415, 422
    public const string DuplicateSubmissionId = "duplicate-submission-id";

    /// <summary>Others changed the same thing at the same moment, again on every retry: try again after Retry-After.</summary>
    public const string Conflict = "conflict";

    /// <summary>If-Match names a version of the alert that is not the current one.</summary>
    public const string PreconditionFailed = "precondition-failed";
    public const string PayloadTooLarge = "payload-too-large";
    public const string UnsupportedMediaType = "unsupported-media-type";
    public const string InvalidSubmission = "invalid-submission";
    public const string AlertClosed = "alert-closed";
    public const string InvalidAcknowledgement = "invalid-acknowledgement";
    public const string InvalidSilence = "invalid-silence";

    // 500
    public const string InternalError = "internal-error";

    // 503
    public const string AuthenticationNotConfigured = "authentication-not-configured";
    public const string StorageUnavailable = "storage-unavailable";

    public static string Title(string code) => code switch
    {
        InvalidPeriod => "The period is not valid",
        InvalidYear => "The year is not valid",
        InvalidRegionCode => "The region code is not valid",
        InvalidIndicatorId => "The indicator id is not valid",
        InvalidSubmissionId => "The submission id is not valid",
        InvalidParameter => "A query parameter is not valid",
        MissingParameter => "A required query parameter is missing",
        UnknownParameter => "The endpoint does not take this query parameter",
        RepeatedParameter => "A query parameter is given more than once",
        UnknownPeerGroup => "No region is in this peer group",
        InvalidRange => "The range is not valid",
        InvalidContinuationToken => "The continuation token is not valid",
        InvalidEncoding => "The body is not UTF-8 text",
        MalformedSubmission => "The submission cannot be read",
        MalformedBody => "The body is not the JSON the endpoint takes",
        InvalidAlertId => "The alert id is not valid",
        AlertNotFound => "No alert has this id",
        AlertClosed => "The alert is closed",
        InvalidAcknowledgement => "The acknowledgement is incomplete",
        InvalidSilence => "The silence cannot be added",
        InvalidPrincipal => "The client principal cannot be read",
        Forbidden => "The caller's roles do not allow this",
        NotFound => "Not found",
        UnknownRegion => "The catalog has no such region",
        UnknownIndicator => "The catalog has no such indicator",
        PeriodNotEvaluated => "The period has not been evaluated",
        SubmissionNotFound => "No submission has this id",
        NotAcceptable => "None of the accepted media types can be produced",
        DuplicateSubmissionId => "The submission id was already used for other content",
        Conflict => "Others changed it at the same moment; try again",
        PreconditionFailed => "The alert changed since the version If-Match names",
        PayloadTooLarge => "The body is too large",
        UnsupportedMediaType => "The content type is not supported",
        InvalidSubmission => "The submission has problems",
        AuthenticationNotConfigured => "Authentication is not configured",
        StorageUnavailable => "Storage is unavailable",
        InternalError => "An internal error occurred",
        _ => "Bad request",
    };
}
