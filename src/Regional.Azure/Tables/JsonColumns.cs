using System.Globalization;
using Azure.Data.Tables;

namespace Regional.Azure.Tables;

/// <summary>
/// Keeps a JSON document in string properties <c>Json0</c>, <c>Json1</c>, … of one entity: a string property holds
/// at most 64 KiB (32 K UTF-16 characters), an entity 1 MiB and 255 properties. A second document in the same entity
/// takes another <c>prefix</c> (<c>ResponseParts</c>, <c>Response0</c>, …). The parts count is written with the pieces,
/// so a merge that writes fewer pieces than before leaves stale pieces that are never read.
/// </summary>
internal static class JsonColumns
{
    public const int MaxCharsPerProperty = 30_000;
    public const int MaxPropertiesPerEntity = 12;
    public const int MaxCharsPerEntity = MaxCharsPerProperty * MaxPropertiesPerEntity;
    public const string DefaultPrefix = "Json";

    public static void Write(TableEntity entity, string json, string prefix = DefaultPrefix)
    {
        var pieces = Split(json, MaxCharsPerProperty);
        if (pieces.Count > MaxPropertiesPerEntity)
        {
            throw new InvalidOperationException($"A JSON document of {json.Length} characters does not fit one entity.");
        }

        entity[PartsProperty(prefix)] = pieces.Count;
        for (var i = 0; i < pieces.Count; i++)
        {
            entity[Name(prefix, i)] = pieces[i];
        }
    }

    public static string Read(TableEntity entity, string prefix = DefaultPrefix)
    {
        var parts = entity.GetInt32(PartsProperty(prefix)) ?? 0;
        return string.Concat(Enumerable.Range(0, parts).Select(i => entity.GetString(Name(prefix, i)) ?? string.Empty));
    }

    /// <summary>Whether the entity holds a document under <paramref name="prefix"/>.</summary>
    public static bool Has(TableEntity entity, string prefix = DefaultPrefix) => entity.GetInt32(PartsProperty(prefix)) is > 0;

    public static string PartsProperty(string prefix) => prefix + "Parts";

    /// <summary>Splits text into pieces of at most <paramref name="maxChars"/>, never between the halves of a surrogate pair.</summary>
    public static List<string> Split(string text, int maxChars)
    {
        var pieces = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var length = Math.Min(maxChars, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            pieces.Add(text.Substring(start, length));
            start += length;
        }

        return pieces;
    }

    private static string Name(string prefix, int index) => prefix + index.ToString(CultureInfo.InvariantCulture);
}
