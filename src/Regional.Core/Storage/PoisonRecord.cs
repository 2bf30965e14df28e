using System.Security.Cryptography;
using System.Text;

namespace Regional.Storage;

/// <summary>
/// Why a queue message was given up on: the failure of its last try (or the reason it could not be read at all).
/// <see cref="ContentHash"/> identifies the message by its text, because the copy the queue trigger moves to
/// <c>&lt;queue&gt;-poison</c> is a new message with a new id but the same text.
/// </summary>
public sealed record PoisonRecord(
    string QueueName,
    string ContentHash,
    string MessageId,
    long DequeueCount,
    string ErrorType,
    string ErrorMessage,
    DateTimeOffset RecordedAt)
{
    /// <summary>Longest error message kept; a stack of inner exceptions can be far longer than a table column.</summary>
    public const int MaxErrorMessageLength = 8000;

    public static string HashOf(string messageText)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageText)))[..32];
    }

    public static PoisonRecord For(string queueName, string messageId, string messageText, long dequeueCount, string errorType, string errorMessage, DateTimeOffset recordedAt) =>
        new(
            queueName,
            HashOf(messageText),
            messageId,
            dequeueCount,
            errorType,
            errorMessage.Length <= MaxErrorMessageLength ? errorMessage : errorMessage[..MaxErrorMessageLength],
            recordedAt);
}
