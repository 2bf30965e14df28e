using System.Text.Json;

namespace Regional.Functions.Tests;

/// <summary>
/// Reads the functions.metadata file the worker SDK generates at build time: it is what the Functions host
/// reads to bind triggers, so asserting it asserts what the host will do.
/// </summary>
public sealed class FunctionsMetadata
{
    private readonly JsonElement _root;

    private FunctionsMetadata(JsonElement root) => _root = root;

    public static FunctionsMetadata Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"functions.metadata was not generated at {path}");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new FunctionsMetadata(document.RootElement.Clone());
    }

    public IReadOnlyList<string> FunctionNames =>
        _root.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();

    public JsonElement Trigger(string functionName)
    {
        var function = _root.EnumerateArray().SingleOrDefault(f => f.GetProperty("name").GetString() == functionName);
        Assert.True(function.ValueKind == JsonValueKind.Object, $"function {functionName} is not in functions.metadata");
        return function.GetProperty("bindings").EnumerateArray()
            .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
    }

    /// <summary>Every binding of every function, triggers and others.</summary>
    public IEnumerable<JsonElement> Bindings =>
        _root.EnumerateArray().SelectMany(f => f.GetProperty("bindings").EnumerateArray());
}
