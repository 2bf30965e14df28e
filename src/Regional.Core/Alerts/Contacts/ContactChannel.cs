namespace Regional.Alerts.Contacts;

public enum ChannelOutcome
{
    /// <summary>The vendor accepted the message.</summary>
    Sent,

    /// <summary>Throttled or unavailable: try again later, at <see cref="ChannelResult.RetryAfter"/> when the vendor said.</summary>
    RetryLater,

    /// <summary>The vendor refused it for a reason a retry cannot change (bad key, bad signature, bad address).</summary>
    Permanent,
}

/// <summary>What a channel made of one message: the outcome and the vendor's answer as it gave it.</summary>
public sealed record ChannelResult(ChannelOutcome Outcome, string Answer, TimeSpan? RetryAfter = null)
{
    public static ChannelResult Sent(string answer) => new(ChannelOutcome.Sent, answer);

    public static ChannelResult Retry(string answer, TimeSpan? after = null) => new(ChannelOutcome.RetryLater, answer, after);

    public static ChannelResult Refused(string answer) => new(ChannelOutcome.Permanent, answer);
}

/// <summary>
/// One kind of contact point (WeCom, DingTalk, ...): renders the deliveries due for a contact point as one message in
/// its own payload and limits, signs it when the vendor asks, sends it and reads the vendor's answer. Transient
/// network failures are retried inside the call (the HTTP resilience pipeline); what is left is the outcome.
/// </summary>
public interface IContactChannel
{
    ContactKind Kind { get; }

    /// <summary>True when every notification goes as a message of its own (the generic webhook's contract is one notification a request).</summary>
    bool OneNotificationPerMessage { get; }

    Task<ChannelResult> SendAsync(ContactPoint point, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default);
}

/// <summary>The values of the settings a contact book names (URLs, addresses, secrets); in Azure, Key Vault references resolved by the platform.</summary>
public interface IContactSettings
{
    string? Get(string settingName);
}
