using System.Text;
using Regional.Submissions;
using Regional.Submissions.Json;
using Regional.Submissions.Sdmx;

namespace Regional.Core.Tests.Submissions;

/// <summary>Small conveniences for reading payloads written inline in tests.</summary>
internal static class Submit
{
    public static readonly DateTimeOffset SubmittedAt = new(2025, 10, 20, 8, 0, 0, TimeSpan.FromHours(8));

    public static SubmissionContext Context(string id = "test-001") => new(id, "Test bureau", SubmittedAt);

    public static ParsedSubmission Csv(string text) => SdmxCsvReader.Read(new StringReader(text), Context());

    public static ParsedSubmission Json(string text) => JsonEnvelopeReader.Read(Encoding.UTF8.GetBytes(text));

    public static ParsedSubmission SdmxJson(string text) => SdmxJsonReader.Read(Encoding.UTF8.GetBytes(text), Context());

    public static SubmissionProblem Single(ParsedSubmission parsed, string code) => Assert.Single(parsed.Problems, p => p.Code == code);
}
