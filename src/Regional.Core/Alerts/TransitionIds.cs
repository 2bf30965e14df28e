using System.Security.Cryptography;
using System.Text;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Alerts;

/// <summary>
/// Transition ids derived from what the transition is (key, period, kind, severity), so a replayed evaluation
/// produces the same id and storage or delivery can drop the duplicate.
/// </summary>
public static class TransitionIds
{
    public static string For(AlertKey key, Period period, TransitionKind kind, Severity severity)
    {
        var text = $"{key.Id}|{period}|{kind}|{severity}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }
}
