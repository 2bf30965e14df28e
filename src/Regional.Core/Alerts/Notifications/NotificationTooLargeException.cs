namespace Regional.Alerts.Notifications;

/// <summary>
/// A notification is too large for the transport even as a message of its own. Sending it again cannot succeed, so the
/// sender should set it aside (and report it) rather than retry it; <see cref="NotificationId"/> says which one.
/// </summary>
public sealed class NotificationTooLargeException : Exception
{
    public NotificationTooLargeException()
    {
    }

    public NotificationTooLargeException(string message)
        : base(message)
    {
    }

    public NotificationTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NotificationTooLargeException(string notificationId, long bodyBytes, long maxMessageBytes)
        : base($"Notification {notificationId} does not fit in a message of its own: its body alone is {bodyBytes} bytes " +
            $"and a message may hold at most {maxMessageBytes} bytes with its properties. It and the notifications after it " +
            "were not sent; shorten it (fewer items per notification) or use a tier that allows larger messages.")
    {
        NotificationId = notificationId;
        BodyBytes = bodyBytes;
        MaxMessageBytes = maxMessageBytes;
    }

    public string? NotificationId { get; }

    public long BodyBytes { get; }

    public long MaxMessageBytes { get; }
}
