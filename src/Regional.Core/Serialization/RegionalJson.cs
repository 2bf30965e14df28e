using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regional.Serialization;

/// <summary>The JSON conventions of every contract the project publishes: camelCase, enums as kebab-case strings, periods as SDMX strings.</summary>
public static class RegionalJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,

            // Region names and messages are bilingual: keep Chinese readable instead of \uXXXX escapes
            // (HTML-sensitive characters are still escaped).
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new PeriodJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
