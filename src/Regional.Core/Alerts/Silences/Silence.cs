using Regional.Catalogs;

namespace Regional.Alerts.Silences;

/// <summary>
/// A silence: alerts that match it are still recorded (marked silenced) but not notified while it is active, from
/// <see cref="StartsAt"/> until <see cref="EndsAt"/> (exclusive). Expiring a silence early moves its end to that moment.
/// <see cref="Author"/> and <see cref="AuthorId"/> are the signed-in principal who added it.
/// </summary>
public sealed record Silence(
    string Id,
    SilenceMatcher Matcher,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Author,
    string Reason,
    DateTimeOffset CreatedAt,
    string? AuthorId = null)
{
    public bool IsActive(DateTimeOffset now) => StartsAt <= now && now < EndsAt;

    public bool Mutes(AlertKey key, Severity severity, DateTimeOffset now) => IsActive(now) && Matcher.Matches(key, severity);

    /// <summary>The active silence that mutes an alert now, if any (the one ending last, so a release waits for all).</summary>
    public static Silence? Muting(IEnumerable<Silence> silences, AlertKey key, Severity severity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(silences);
        return silences.Where(s => s.Mutes(key, severity, now)).OrderByDescending(s => s.EndsAt).ThenBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The problems of a silence about to be added; empty when it can be stored.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Matcher.IsEmpty)
        {
            problems.Add("give at least one of region, rule, indicator or severity: a silence of everything is refused");
        }

        if (EndsAt <= StartsAt)
        {
            problems.Add("the silence must end after it starts");
        }

        if (string.IsNullOrWhiteSpace(Author))
        {
            problems.Add("the author is required");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            problems.Add("the reason is required");
        }

        return problems;
    }
}
