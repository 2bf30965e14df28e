using System.Text;

namespace Regional.Azure.Queues;

/// <summary>
/// The claim-check rule: a queue message holds at most 64 KiB after encoding; anything larger is stored as a blob
/// and the message carries <see cref="Prefix"/> followed by the blob name.
/// </summary>
internal static class ClaimCheck
{
    public const int MaxEncodedMessageBytes = 64 * 1024;
    public const string Prefix = "regional-claim-check:v1:";

    /// <summary>Messages are Base64-encoded on the queue (what the Functions queue trigger reads by default).</summary>
    public static int EncodedBytes(string message) => 4 * ((Encoding.UTF8.GetByteCount(message) + 2) / 3);

    public static bool NeedsBlob(string message) => EncodedBytes(message) > MaxEncodedMessageBytes;

    public static string Reference(string blobName) => Prefix + blobName;

    public static bool TryParse(string queuedText, out string blobName)
    {
        if (queuedText.StartsWith(Prefix, StringComparison.Ordinal))
        {
            blobName = queuedText[Prefix.Length..];
            return blobName.Length > 0;
        }

        blobName = string.Empty;
        return false;
    }
}
