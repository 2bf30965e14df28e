using System.Globalization;
using System.Text.Json;

namespace Regional.Core.Tests.Alerts.Notifications;

/// <summary>
/// Checks a JSON value against the parts of a JSON Schema the project's schemas use (<c>$ref</c> into <c>$defs</c>,
/// <c>type</c>, <c>const</c>, <c>enum</c>, <c>required</c>, <c>properties</c>, <c>additionalProperties: false</c>,
/// <c>items</c>, <c>minLength</c>, <c>format: date-time</c>) and lists every place that does not conform.
/// A keyword it does not know fails the check, so the schema cannot outgrow what the tests verify.
/// </summary>
internal static class SchemaShape
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$ref", "$defs", "title", "description", "type", "const", "enum", "required", "properties",
        "additionalProperties", "items", "minLength", "format",
    ];

    public static IReadOnlyList<string> Problems(JsonElement schema, JsonElement instance)
    {
        var problems = new List<string>();
        Check(schema, schema, instance, "$", problems);
        return problems;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement instance, string path, List<string> problems)
    {
        foreach (var keyword in schema.EnumerateObject().Select(p => p.Name).Where(k => !Known.Contains(k)))
        {
            problems.Add($"{path}: the schema uses '{keyword}', which this check does not verify");
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/$defs/".Length..];
            Check(root, root.GetProperty("$defs").GetProperty(name), instance, path, problems);
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, instance))
        {
            problems.Add($"{path}: expected {constant.GetRawText()}, found {instance.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, instance)))
        {
            problems.Add($"{path}: {instance.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(instance, type.GetString()!))
        {
            problems.Add($"{path}: expected {type.GetString()}, found {instance.ValueKind}");
            return;
        }

        if (instance.ValueKind == JsonValueKind.String)
        {
            CheckString(schema, instance.GetString()!, path, problems);
        }

        if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var element in instance.EnumerateArray())
            {
                Check(root, items, element, $"{path}[{index++}]", problems);
            }
        }

        if (instance.ValueKind == JsonValueKind.Object)
        {
            CheckObject(root, schema, instance, path, problems);
        }
    }

    private static void CheckString(JsonElement schema, string text, string path, List<string> problems)
    {
        if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
        {
            problems.Add($"{path}: shorter than {minLength.GetInt32()}");
        }

        if (schema.TryGetProperty("format", out var format) && format.GetString() == "date-time"
            && !DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && !DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            problems.Add($"{path}: '{text}' is not a date-time with an offset");
        }
    }

    private static void CheckObject(JsonElement root, JsonElement schema, JsonElement instance, string path, List<string> problems)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !instance.TryGetProperty(n, out _)))
            {
                problems.Add($"{path}: required property '{name}' is missing");
            }
        }

        var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var property in instance.EnumerateObject())
        {
            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(root, propertySchema, property.Value, $"{path}.{property.Name}", problems);
            }
            else if (closed)
            {
                problems.Add($"{path}: property '{property.Name}' is not in the schema");
            }
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
