using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Regional.Api.Http;

namespace Regional.Api.Paging;

/// <summary>
/// Opaque paging tokens: <c>base64url(payload).base64url(mac)</c>, the payload naming the query the token belongs to (a
/// digest of its filters and the caller's scope) and the position to continue after. The MAC is HMAC-SHA256 under the
/// configured key; without one, under 32 random bytes drawn when this instance is made (one per process: tokens are
/// then unforgeable but do not outlive the process, and another process refuses them). A token that was
/// altered, cut, issued for another query or under another key is refused with 400 <c>invalid-continuation-token</c>;
/// what it points to is never a raw storage key, and every page is filtered by the caller's roles again.
/// </summary>
public sealed class ContinuationTokens(byte[]? key)
{
    public const int MaxLength = 1024;

    private const int Version = 1;
    private const int MacLength = 16;
    private const int GeneratedKeyLength = 32;
    private readonly byte[] _key = key is { Length: > 0 } ? key : RandomNumberGenerator.GetBytes(GeneratedKeyLength);

    public string Issue(string query, string after)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(after);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(Version, ApiHashes.Short(query), after));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Mac(payload))}";
    }

    /// <summary>The position a token continues after; null when there is no token (the first page).</summary>
    public string? Read(string? token, string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (token is null)
        {
            return null;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (token.Length > MaxLength || dot <= 0
            || !TryDecode(token[..dot], out var payload)
            || !TryDecode(token[(dot + 1)..], out var mac)
            || !CryptographicOperations.FixedTimeEquals(mac, Mac(payload)))
        {
            throw Invalid("it was not issued by this API or was altered");
        }

        Payload? read;
        try
        {
            read = JsonSerializer.Deserialize<Payload>(payload);
        }
        catch (JsonException)
        {
            read = null;
        }

        if (read is null || read.V != Version || read.A is null)
        {
            throw Invalid("it is not a token of this version");
        }

        if (read.Q != ApiHashes.Short(query))
        {
            throw Invalid("it belongs to another query; send the same filters as the page it came with");
        }

        return read.A;
    }

    private byte[] Mac(byte[] payload) => HMACSHA256.HashData(_key, payload)[..MacLength];

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        try
        {
            bytes = Base64Url.DecodeFromChars(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static ApiProblemException Invalid(string why) =>
        ApiProblemException.Of(400, ApiProblemCodes.InvalidContinuationToken, $"the continuation token is not valid: {why}; start again without it");

    private sealed record Payload(int V, string Q, string A);
}
