using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Regional.Submissions;

namespace Regional.Pipeline;

/// <summary>
/// Ids for submissions whose format carries none (SDMX-CSV, SDMX-JSON, unreadable payloads): derived from where the
/// payload came from and a hash of its content, so the same file delivered twice gets the same id and a changed file
/// under the same name gets a new one.
/// </summary>
public static partial class SubmissionIdentity
{
    public static string ContentHash(ReadOnlySpan<byte> payload) => Convert.ToHexStringLower(SHA256.HashData(payload))[..16];

    public static string Derive(IngestOrigin origin, ReadOnlySpan<byte> payload)
    {
        var name = Unsafe().Replace(Path.GetFileNameWithoutExtension(origin.Name), "-").Trim('-');
        var prefix = name.Length == 0 ? origin.Channel : $"{origin.Channel}-{name}";
        var id = $"{prefix}-{ContentHash(payload)}";
        if (id.Length > 128)
        {
            id = $"{origin.Channel}-{ContentHash(Encoding.UTF8.GetBytes(origin.Name))}-{ContentHash(payload)}";
        }

        return SubmissionIds.IsValid(id) ? id : $"submission-{ContentHash(payload)}";
    }

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex Unsafe();
}
