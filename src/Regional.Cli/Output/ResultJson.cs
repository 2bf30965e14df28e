using System.Text.Json;
using Regional.Serialization;

namespace Regional.Cli.Output;

/// <summary>Machine output in the project's published JSON conventions.</summary>
internal static class ResultJson
{
    public static void Write<T>(TextWriter writer, T value) =>
        writer.WriteLine(JsonSerializer.Serialize(value, RegionalJson.Indented));
}
