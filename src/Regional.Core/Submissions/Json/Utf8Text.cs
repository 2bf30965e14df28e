using System.Buffers;
using System.Text;

namespace Regional.Submissions.Json;

/// <summary>
/// JSON readers only notice invalid UTF-8 when a string is decoded, and then throw; checking the whole payload first
/// turns it into one problem at the offending line and byte.
/// </summary>
internal static class Utf8Text
{
    public static SubmissionProblem? FindInvalid(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            var status = Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                var lines = new LineIndex(utf8);
                var line = lines.LineOf(offset);
                var lineStart = utf8[..offset].LastIndexOf((byte)'\n') + 1;
                return new SubmissionProblem(line, null, ProblemCodes.MalformedJson, "the body is not valid UTF-8", offset - lineStart + 1);
            }

            offset += consumed;
        }

        return null;
    }
}
