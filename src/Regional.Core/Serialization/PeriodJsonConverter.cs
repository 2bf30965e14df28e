using System.Text.Json;
using System.Text.Json.Serialization;
using Regional.Periods;

namespace Regional.Serialization;

/// <summary>Writes a period in its canonical SDMX form ("2025-Q3") and reads any form <see cref="Period"/> parses.</summary>
public sealed class PeriodJsonConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return Period.TryParse(text, out var period, out var error) ? period : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override Period ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());
}
