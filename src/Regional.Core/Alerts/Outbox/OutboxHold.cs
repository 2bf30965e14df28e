namespace Regional.Alerts.Outbox;

/// <summary>
/// How an evaluation writes its notifications before its alert state is stored: held, not due, by
/// <paramref name="Holder"/> (one id per evaluation run) until <paramref name="Until"/>. The run releases them once
/// its alert state is written, or discards them when another evaluation wrote the state first. Should the run stop
/// in between, the entries become due when the hold ends, so a notification is delayed and never lost.
/// </summary>
public sealed record OutboxHold(string Holder, DateTimeOffset Until)
{
    public string Holder { get; } = ValidHolder(Holder);

    // Holders are stored space-separated on the entry they hold.
    private static string ValidHolder(string holder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        if (holder.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("A holder id contains no white space.", nameof(holder));
        }

        return holder;
    }
}
