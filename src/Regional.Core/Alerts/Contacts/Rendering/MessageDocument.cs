using System.Collections.Immutable;

namespace Regional.Alerts.Contacts.Rendering;

public enum LineKind
{
    /// <summary>The heading of one notification: region (or province), period and count.</summary>
    Heading,

    /// <summary>A line of a summary's text: who lags, who breached, who leads.</summary>
    Text,

    /// <summary>One alert, linked to its page on the dashboard.</summary>
    Item,
}

/// <summary>One line of a message: plain text (never markup), with the link it points to.</summary>
public sealed record MessageLine(LineKind Kind, string Text, string? Link, string Severity);

/// <summary>
/// What one message to one contact point says, before any channel's markup: a title and lines in the contact
/// point's language. <see cref="Omitted"/> items were cut to fit the channel; <see cref="MoreLink"/> lists them all.
/// </summary>
public sealed record MessageDocument(
    string Title,
    ImmutableArray<MessageLine> Lines,
    int Omitted,
    string? MoreLink,
    string MoreText)
{
    /// <summary>The line saying how many items were left out, or null when none were.</summary>
    public string? OmittedLine => Omitted == 0 ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, MoreText, Omitted);
}
