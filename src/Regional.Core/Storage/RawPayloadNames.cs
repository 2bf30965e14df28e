using System.Security.Cryptography;

namespace Regional.Storage;

public static class RawPayloadNames
{
    /// <summary>A name derived from the content (<c>sha256/&lt;hex&gt;</c>): the same payload received twice is stored once.</summary>
    public static string ContentAddressed(ReadOnlySpan<byte> content) =>
        "sha256/" + Convert.ToHexStringLower(SHA256.HashData(content));
}
