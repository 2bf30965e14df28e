using System.Text;
using Regional.Alerts.Contacts;
using Regional.Alerts.Contacts.Rendering;

namespace Regional.Azure.Contacts;

/// <summary>
/// The Markdown of a message as the chat robots show it (WeCom and DingTalk read a CommonMark subset): the title as a
/// heading, each notification's heading in bold, its items as a list with a link to each alert, the cut-off line
/// last. Text is escaped, so a character of an alert message can never open a construct.
/// </summary>
internal static class MarkdownText
{
    public static string Render(MessageDocument document, ContactLanguage language)
    {
        var builder = new StringBuilder();
        builder.Append("### ").Append(Escape(document.Title));
        var lines = document.Lines.AsEnumerable();
        if (document.Lines.FirstOrDefault() is { Kind: LineKind.Heading } first && first.Text == document.Title)
        {
            // A message of one notification: its heading is the title.
            if (first.Link is not null)
            {
                builder.Append(' ').Append(Link(language == ContactLanguage.En ? "list" : "列表", first.Link));
            }

            lines = lines.Skip(1);
        }

        builder.Append('\n');
        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case LineKind.Heading:
                    builder.Append('\n').Append("**").Append(Escape(line.Text)).Append("**");
                    if (line.Link is not null)
                    {
                        builder.Append(' ').Append(Link(language == ContactLanguage.En ? "list" : "列表", line.Link));
                    }

                    builder.Append('\n');
                    break;
                case LineKind.Text:
                    builder.Append(Escape(line.Text)).Append('\n');
                    break;
                default:
                    builder.Append("- ").Append(Escape(line.Text));
                    if (line.Link is not null)
                    {
                        builder.Append(' ').Append(Link(language == ContactLanguage.En ? "details" : "详情", line.Link));
                    }

                    builder.Append('\n');
                    break;
            }
        }

        if (document.OmittedLine is { } omitted)
        {
            builder.Append('\n').Append("> ").Append(Escape(omitted));
            if (document.MoreLink is not null)
            {
                builder.Append(' ').Append(Link(language == ContactLanguage.En ? "dashboard" : "仪表板", document.MoreLink));
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    public static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    private static string Link(string text, string url) => $"[{text}]({url.Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)})";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return builder.ToString();
    }
}
