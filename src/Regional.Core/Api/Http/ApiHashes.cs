using System.Security.Cryptography;
using System.Text;

namespace Regional.Api.Http;

internal static class ApiHashes
{
    /// <summary>A short stable digest of text, for tags and token bindings (not a secret).</summary>
    public static string Short(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
