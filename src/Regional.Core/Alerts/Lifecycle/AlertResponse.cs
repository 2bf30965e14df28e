namespace Regional.Alerts.Lifecycle;

public enum AlertResponseStatus
{
    /// <summary>Nobody has answered for the alert yet.</summary>
    New,

    /// <summary>Someone owns it, with a note, a commitment and a due date.</summary>
    Acknowledged,

    /// <summary>Dealt with as far as people are concerned, whatever the data still says.</summary>
    Closed,
}

/// <summary>
/// The human response to an alert, separate from its system condition: an alert can be acknowledged and still firing,
/// or firing and closed. <see cref="DueDate"/> is a calendar date in UTC; the follow-up check escalates an acknowledged
/// alert still firing after it. <see cref="Owner"/> is who will act on it; <see cref="Actor"/> and
/// <see cref="ActorId"/> the signed-in principal who gave the response.
/// </summary>
public sealed record AlertResponse(
    AlertResponseStatus Status,
    string? Note = null,
    string? Owner = null,
    string? Commitment = null,
    DateOnly? DueDate = null,
    DateTimeOffset? At = null,
    string? Actor = null,
    string? ActorId = null)
{
    public static AlertResponse None { get; } = new(AlertResponseStatus.New);
}
