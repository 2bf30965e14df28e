using System.Text.Encodings.Web;
using System.Text.Json;

namespace Regional.Submissions.Envelope;

/// <summary>
/// The serializer settings for envelope files: indented, "\n" line ends and unescaped non-ASCII text, so the same
/// envelope always gives the same bytes on every machine.
/// </summary>
public static class EnvelopeJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize(SubmissionEnvelope envelope) => JsonSerializer.SerializeToUtf8Bytes(envelope, Options);
}
