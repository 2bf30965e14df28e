using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

namespace Regional.Catalogs.Loading;

/// <summary>
/// Reads the fields of one JSON object of a catalog file. A missing, null or wrong-typed field is recorded as a
/// problem with its JSON path and the read goes on (the caller gets null or the default), so one pass finds
/// every problem. <see cref="ReportUnknownProperties"/> flags fields nobody read: usually a misspelt name.
/// </summary>
internal sealed partial class JsonObjectReader
{
    private static readonly string[] Ignored = ["$schema", "$comment"];

    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public JsonObjectReader(JsonElement element, string file, string path, ProblemSink problems)
    {
        _element = element;
        File = file;
        Path = path;
        Problems = problems;
    }

    public string File { get; }

    public string Path { get; }

    public ProblemSink Problems { get; }

    public static string Child(string path, string name) =>
        IdentifierPattern().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    public string PathOf(string name) => Child(Path, name);

    public void Report(string name, string reason) => Problems.Add(File, PathOf(name), reason);

    public void ReportHere(string reason) => Problems.Add(File, Path, reason);

    public bool Has(string name)
    {
        _read.Add(name);
        return _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;
    }

    public string? String(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Report(name, $"must be a string, found {Describe(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (text.Trim().Length == 0)
        {
            Report(name, "must not be empty");
            return null;
        }

        return text;
    }

    public string String(string name, string defaultValue) => String(name, required: false) ?? defaultValue;

    public double? Number(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        return ReadNumber(value, PathOf(name));
    }

    public double Number(string name, double defaultValue) => Number(name, required: false) ?? defaultValue;

    public int? Integer(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            Report(name, $"must be an integer, found {Describe(value)}");
            return null;
        }

        if (!value.TryGetInt32(out var number))
        {
            Report(name, $"must be an integer, found {value.GetRawText()}");
            return null;
        }

        return number;
    }

    public int Integer(string name, int defaultValue) => Integer(name, required: false) ?? defaultValue;

    public bool Boolean(string name, bool defaultValue)
    {
        if (!TryGet(name, required: false, out var value))
        {
            return defaultValue;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Report(name, $"must be true or false, found {Describe(value)}");
            return defaultValue;
        }

        return value.GetBoolean();
    }

    public T? Enum<T>(string name, bool required)
        where T : struct, Enum
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (!EnumNames.TryParse<T>(text, out var parsed))
        {
            Report(name, $"'{text}' is not one of: {EnumNames.Expected<T>()} (their camelCase, PascalCase and snake_case spellings are accepted too)");
            return null;
        }

        return parsed;
    }

    public T Enum<T>(string name, T defaultValue)
        where T : struct, Enum => Enum<T>(name, required: false) ?? defaultValue;

    /// <summary>A duration as <c>d.hh:mm:ss</c> or ISO 8601 (<c>P1D</c>, <c>PT12H</c>).</summary>
    public TimeSpan Duration(string name, TimeSpan defaultValue)
    {
        var text = String(name, required: false);
        if (text is null)
        {
            return defaultValue;
        }

        if (TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var span))
        {
            return span;
        }

        if (text.StartsWith('P'))
        {
            try
            {
                return XmlConvert.ToTimeSpan(text);
            }
            catch (FormatException)
            {
                // Reported below with the accepted forms.
            }
        }

        Report(name, $"'{text}' is not a duration (expected d.hh:mm:ss such as 1.00:00:00, or ISO 8601 such as P1D)");
        return defaultValue;
    }

    /// <summary>Display names: <c>{ "en": ..., "zh": ... }</c>; zh defaults to en.</summary>
    public (string En, string Zh)? Names(string name)
    {
        var names = Object(name, required: true);
        if (names is null)
        {
            return null;
        }

        var en = names.String("en", required: true);
        var zh = names.String("zh", required: false);
        names.ReportUnknownProperties();
        return en is null ? null : (en, zh ?? en);
    }

    public JsonObjectReader? Object(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Report(name, $"must be an object, found {Describe(value)}");
            return null;
        }

        return new JsonObjectReader(value, File, PathOf(name), Problems);
    }

    /// <summary>The items of an array of objects; a non-object item is reported and skipped.</summary>
    public IReadOnlyList<JsonObjectReader> Objects(string name, bool required)
    {
        var items = new List<JsonObjectReader>();
        foreach (var (item, path) in ArrayItems(name, required))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                Problems.Add(File, path, $"must be an object, found {Describe(item)}");
                continue;
            }

            items.Add(new JsonObjectReader(item, File, path, Problems));
        }

        return items;
    }

    /// <summary>The items of an array of non-empty strings with their paths; other items are reported and skipped.</summary>
    public IReadOnlyList<(string Value, string Path)> Strings(string name, bool required)
    {
        var items = new List<(string, string)>();
        foreach (var (item, path) in ArrayItems(name, required))
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString()!.Trim().Length == 0)
            {
                Problems.Add(File, path, $"must be a non-empty string, found {Describe(item)}");
                continue;
            }

            items.Add((item.GetString()!, path));
        }

        return items;
    }

    /// <summary>An object used as a map from a key to a finite number; duplicate keys and non-numbers are reported.</summary>
    public IReadOnlyList<(string Key, double Value, string Path)> NumberMap(string name)
    {
        var entries = new List<(string, double, string)>();
        var map = Object(name, required: false);
        if (map is null)
        {
            return entries;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in map._element.EnumerateObject())
        {
            var path = map.PathOf(property.Name);
            if (!seen.Add(property.Name))
            {
                Problems.Add(File, path, $"key '{property.Name}' appears more than once");
                continue;
            }

            var number = ReadNumber(property.Value, path);
            if (number is not null)
            {
                entries.Add((property.Name, number.Value, path));
            }
        }

        return entries;
    }

    /// <summary>An object used as a map from a key to a non-empty string; duplicate keys and other values are reported.</summary>
    public IReadOnlyList<(string Key, string Value, string Path)> StringMap(string name, bool required)
    {
        var entries = new List<(string, string, string)>();
        var map = Object(name, required);
        if (map is null)
        {
            return entries;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in map._element.EnumerateObject())
        {
            var path = map.PathOf(property.Name);
            if (!seen.Add(property.Name))
            {
                Problems.Add(File, path, $"key '{property.Name}' appears more than once");
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString()!.Trim().Length == 0)
            {
                Problems.Add(File, path, $"must be a non-empty string, found {Describe(property.Value)}");
                continue;
            }

            entries.Add((property.Name, property.Value.GetString()!, path));
        }

        return entries;
    }

    public void ReportUnknownProperties()
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_read.Contains(property.Name) && !Ignored.Contains(property.Name))
            {
                Problems.Add(File, PathOf(property.Name), "is not a known field (misspelt?)");
            }
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        _ => value.ValueKind.ToString(),
    };

    private IEnumerable<(JsonElement Item, string Path)> ArrayItems(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Report(name, $"must be an array, found {Describe(value)}");
            yield break;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, Item(PathOf(name), index++));
        }
    }

    private double? ReadNumber(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            Problems.Add(File, path, $"must be a number, found {Describe(value)}");
            return null;
        }

        if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Problems.Add(File, path, $"must be a finite number, found {value.GetRawText()}");
            return null;
        }

        return number;
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out value))
        {
            if (required)
            {
                Report(name, "is required");
            }

            return false;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Report(name, "is required and must not be null");
            }

            return false;
        }

        return true;
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
