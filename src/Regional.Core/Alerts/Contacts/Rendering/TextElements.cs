using System.Globalization;
using System.Text;

namespace Regional.Alerts.Contacts.Rendering;

/// <summary>Cuts text at whole user-perceived characters (text elements), never inside a surrogate pair or a combining sequence.</summary>
public static class TextElements
{
    public const string Ellipsis = "…";

    /// <summary>At most <paramref name="max"/> text elements, the last one an ellipsis when something was cut.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var info = new StringInfo(text);
        return info.LengthInTextElements <= max ? text : info.SubstringByTextElements(0, max - 1) + Ellipsis;
    }

    /// <summary>The longest start of <paramref name="text"/>, ending with an ellipsis, whose UTF-8 form has at most <paramref name="maxBytes"/> bytes.</summary>
    public static string TruncateBytes(string text, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var budget = maxBytes - Encoding.UTF8.GetByteCount(Ellipsis);
        var builder = new StringBuilder();
        var used = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var bytes = Encoding.UTF8.GetByteCount(element);
            if (used + bytes > budget)
            {
                break;
            }

            builder.Append(element);
            used += bytes;
        }

        return builder.Append(Ellipsis).ToString();
    }
}
