using System.Security.Cryptography;
using System.Text;
using Regional.Periods;

namespace Regional.Alerts.Notifications;

/// <summary>
/// Notification ids: <c>catalog.period.scope.hash</c>, the hash taken over what the notification reports (transition
/// ids, alert ids, a due date). Built again from the same facts, a notification has the same id, which the outbox
/// stores once and Service Bus duplicate detection drops when sent twice. At most about 80 characters: a valid
/// <c>MessageId</c> (128) and Table row key.
/// </summary>
public static class NotificationIds
{
    public static string For(string catalogId, Period period, string scope, IEnumerable<string> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', facts)));
        return $"{catalogId}.{period}.{scope}.{Convert.ToHexStringLower(hash.AsSpan(0, 8))}";
    }
}
