using Regional.Alerts.Contacts;
using Regional.Alerts.Contacts.Rendering;

namespace Regional.Azure.Contacts;

/// <summary>The message of a contact point's due deliveries, in its language, with links to the dashboard of <c>Dashboard:BaseUrl</c>.</summary>
public sealed class ContactMessages(DashboardLinks links)
{
    public DashboardLinks Links { get; } = links;

    public MessageDocument Document(ContactPoint point, IReadOnlyList<Delivery> deliveries)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(deliveries);
        return MessageComposer.Compose([.. deliveries.Select(d => d.Notification)], point.Language, Links);
    }

    /// <summary>The Markdown of the message, cut to <paramref name="maxBytes"/> bytes of UTF-8.</summary>
    public string Markdown(ContactPoint point, IReadOnlyList<Delivery> deliveries, int maxBytes)
    {
        var fitted = MessageFitting.Fit(Document(point, deliveries), d => MarkdownText.Bytes(MarkdownText.Render(d, point.Language)), maxBytes);
        return MarkdownText.Render(fitted, point.Language);
    }
}
