namespace Regional.Alerts.Contacts.Rendering;

/// <summary>
/// Cuts a message to a channel's limit as the channel measures it (UTF-8 bytes of the payload, usually): item lines
/// are dropped from the end, whole, and counted in <see cref="MessageDocument.Omitted"/> so the message says how many
/// are left out and links to the list. Because lines are dropped whole before any markup is made, a cut can never
/// split a character, a link or any other construct. A heading that alone is still too long is shortened at a text
/// element.
/// </summary>
public static class MessageFitting
{
    public static MessageDocument Fit(MessageDocument document, Func<MessageDocument, int> size, int limit)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(size);
        if (size(document) <= limit)
        {
            return document;
        }

        // Largest number of lines kept that still fits, found by halving: a summary can list hundreds of items. The
        // first heading always stays, shortened below if it must be.
        var lines = document.Lines;
        int low = Math.Min(1, lines.Length), high = lines.Length;
        while (low < high)
        {
            var keep = (low + high + 1) / 2;
            if (size(Keep(document, keep)) <= limit)
            {
                low = keep;
            }
            else
            {
                high = keep - 1;
            }
        }

        var fitted = Keep(document, low);
        for (var length = MessageComposer.MaxLineLength; size(fitted) > limit && length > 8; length /= 2)
        {
            fitted = fitted with
            {
                Title = TextElements.Truncate(fitted.Title, length),
                Lines = [.. fitted.Lines.Select(l => l with { Text = TextElements.Truncate(l.Text, length) })],
            };
        }

        return fitted;
    }

    private static MessageDocument Keep(MessageDocument document, int count)
    {
        var kept = document.Lines.Take(count).ToList();
        var omitted = document.Lines.Skip(count).Count(l => l.Kind == LineKind.Item);

        // A heading or text line left without any item under it says nothing on its own.
        while (kept.Count > 1 && kept[^1].Kind != LineKind.Item && omitted > 0)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return document with { Lines = [.. kept], Omitted = document.Omitted + omitted };
    }
}
