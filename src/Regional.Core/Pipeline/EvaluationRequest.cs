using System.Text.Json;
using Regional.Periods;
using Regional.Serialization;

namespace Regional.Pipeline;

/// <summary>
/// The message on the evaluation queue (schema <c>regional.evaluate/v1</c>): evaluate one period of one catalog,
/// because of the listed submissions (marked processed once evaluated). <see cref="DeadlinePassed"/> asks for the
/// completeness check even when nobody has reported for the period (sent once its reporting deadline is over).
/// <see cref="TraceParent"/> is the W3C <c>traceparent</c> of the ingestion that asked, when it was traced: the
/// evaluation's span links to it, so one submission can be followed across the queue.
/// </summary>
public sealed record EvaluationRequest(string Schema, string CatalogId, Period Period, IReadOnlyList<string> SubmissionIds, bool DeadlinePassed = false, string? TraceParent = null)
{
    public const string SchemaId = "regional.evaluate/v1";

    public static EvaluationRequest For(string catalogId, Period period, params string[] submissionIds) =>
        new(SchemaId, catalogId, period, submissionIds);

    public string ToJson() => JsonSerializer.Serialize(this, RegionalJson.Options);

    /// <summary>Reads a queued request; a message that is not one gives a reason instead.</summary>
    public static bool TryParse(string text, out EvaluationRequest? request, out string error)
    {
        request = null;
        try
        {
            request = JsonSerializer.Deserialize<EvaluationRequest>(text, RegionalJson.Options);
        }
        catch (JsonException ex)
        {
            error = $"not an evaluation request: {ex.Message}";
            return false;
        }

        if (request is null || request.Schema != SchemaId || string.IsNullOrWhiteSpace(request.CatalogId))
        {
            error = $"not an evaluation request: schema must be '{SchemaId}' with a catalogId and a period";
            request = null;
            return false;
        }

        request = request with { SubmissionIds = request.SubmissionIds ?? [] };
        error = string.Empty;
        return true;
    }
}
