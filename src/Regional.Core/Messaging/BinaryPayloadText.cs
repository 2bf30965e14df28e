using System.Diagnostics.CodeAnalysis;

namespace Regional.Messaging;

/// <summary>
/// Carries a binary submission (an Excel workbook) in a text queue message as an RFC 2397 data URI,
/// <c>data:&lt;media type&gt;;base64,...</c>. Text formats travel as they are.
/// </summary>
public static class BinaryPayloadText
{
    private const string Scheme = "data:";
    private const string Base64Marker = ";base64,";

    public static string Encode(string mediaType, ReadOnlySpan<byte> payload) => $"{Scheme}{mediaType}{Base64Marker}{Convert.ToBase64String(payload)}";

    public static bool TryDecode(string text, [NotNullWhen(true)] out byte[]? payload, [NotNullWhen(true)] out string? mediaType)
    {
        payload = null;
        mediaType = null;
        ArgumentNullException.ThrowIfNull(text);
        var marker = text.IndexOf(Base64Marker, StringComparison.Ordinal);
        if (!text.StartsWith(Scheme, StringComparison.Ordinal) || marker < 0)
        {
            return false;
        }

        var bytes = new byte[(text.Length - marker - Base64Marker.Length) * 3 / 4];
        if (!Convert.TryFromBase64String(text[(marker + Base64Marker.Length)..], bytes, out var written))
        {
            return false;
        }

        payload = bytes[..written];
        mediaType = text[Scheme.Length..marker];
        return true;
    }
}
