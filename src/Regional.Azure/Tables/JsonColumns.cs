using System.Globalization;
using Azure.Data.Tables;

namespace Regional.Azure.Tables;

/// <summary>
/// Keeps a JSON document in string properties <c>Json0</c>, <c>Json1</c>, … of one entity: a string property holds
/// at most 64 KiB (32 K UTF-16 characters), an entity 1 MiB and 255 properties.
/// </summary>
internal static class JsonColumns
{
    public const int MaxCharsPerProperty = 30_000;
    public const int MaxPropertiesPerEntity = 12;
    public const int MaxCharsPerEntity = MaxCharsPerProperty * MaxPropertiesPerEntity;
    private const string PartsProperty = "JsonParts";

    public static void Write(TableEntity entity, string json)
    {
        var pieces = Split(json, MaxCharsPerProperty);
        if (pieces.Count > MaxPropertiesPerEntity)
        {
            throw new InvalidOperationException($"A JSON document of {json.Length} characters does not fit one entity.");
        }

        entity[PartsProperty] = pieces.Count;
        for (var i = 0; i < pieces.Count; i++)
        {
            entity[Name(i)] = pieces[i];
        }
    }

    public static string Read(TableEntity entity)
    {
        var parts = entity.GetInt32(PartsProperty) ?? 0;
        return string.Concat(Enumerable.Range(0, parts).Select(i => entity.GetString(Name(i)) ?? string.Empty));
    }

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

    private static string Name(int index) => "Json" + index.ToString(CultureInfo.InvariantCulture);
}
