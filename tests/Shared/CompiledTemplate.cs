using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Regional.Tests.Shared;

/// <summary>
/// The ARM template <c>scripts/bicep.sh</c> compiles from <c>infra/main.bicep</c> (<c>out/infra/main.json</c>): what
/// Azure would actually deploy. Tests read settings and subscription filters from it rather than from a list kept
/// beside the Bicep, so a change to the infrastructure that the app does not follow fails here.
/// </summary>
public sealed partial class CompiledTemplate
{
    public const string RelativePath = "out/infra/main.json";

    private readonly JsonElement _root;

    private CompiledTemplate(JsonElement root) => _root = root;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Loads the compiled template, refusing one older than the Bicep or catalog it was compiled from.</summary>
    public static CompiledTemplate Load()
    {
        var path = Path.Combine(RepositoryRoot, RelativePath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{RelativePath} does not exist: run scripts/bicep.sh to compile infra/main.bicep.");
        }

        var compiled = File.GetLastWriteTimeUtc(path);
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "infra"), "*.bicep", SearchOption.AllDirectories)
            .Append(Path.Combine(RepositoryRoot, "catalog", "sichuan", "regions.json"));
        var newer = sources.Where(s => File.GetLastWriteTimeUtc(s) > compiled).Select(s => Path.GetRelativePath(RepositoryRoot, s)).ToList();
        if (newer.Count > 0)
        {
            throw new InvalidOperationException($"{RelativePath} is older than {string.Join(", ", newer)}: run scripts/bicep.sh to compile it again.");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new CompiledTemplate(document.RootElement.Clone());
    }

    /// <summary>The compiled template itself.</summary>
    public JsonElement Root => _root;

    /// <summary>
    /// The app settings of the Function App (the <c>appsettings</c> config resource), by name: the ones the template
    /// itself sets. Where the resource merges them with settings named at deployment
    /// (<c>union(variables('settings'), ...)</c>), these are the first variable's.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> AppSettings()
    {
        var resource = Walk(_root, null)
            .Where(d => Type(d.Resource) == "Microsoft.Web/sites/config" && Name(d.Resource).Contains("'appsettings'", StringComparison.Ordinal))
            .ToList();
        if (resource.Count != 1)
        {
            throw new InvalidOperationException($"expected one appsettings resource in {RelativePath}, found {resource.Count}");
        }

        var (_, settings, variables, _) = resource[0];
        var properties = settings.GetProperty("properties");
        if (properties.ValueKind == JsonValueKind.String)
        {
            var merged = UnionOfVariable().Match(properties.GetString()!);
            if (!merged.Success)
            {
                throw new InvalidOperationException($"the appsettings are neither an object nor a union of a settings variable: {properties.GetString()}");
            }

            properties = variables.GetProperty(merged.Groups[1].Value);
        }

        return properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Every resource of the given type with the deployment (module) that declares it, its name as deployed (null at the
    /// top level), that module's variables and its template.
    /// </summary>
    public IReadOnlyList<(string? Module, JsonElement Resource, JsonElement Variables, JsonElement Template)> Declared(string type) =>
        [.. Walk(_root, null).Where(d => Type(d.Resource) == type)];

    /// <summary>Every resource of the given type, at any depth of nested deployments.</summary>
    public IReadOnlyList<JsonElement> ResourcesOfType(string type) => [.. Resources(_root).Where(r => Type(r) == type)];

    /// <summary>
    /// Every subscription of the alerts topic with the SQL filter of its rule, the per-region ones expanded over the
    /// region codes the template passes to the messaging module.
    /// </summary>
    public IReadOnlyList<(string Name, string Filter)> AlertSubscriptions()
    {
        var module = Resources(_root).Single(r =>
            Type(r) == "Microsoft.Resources/deployments" && r.GetProperty("properties").GetProperty("template").TryGetProperty("variables", out var v) &&
            v.TryGetProperty("audiences", out _));
        var template = module.GetProperty("properties").GetProperty("template");
        var rule = Resources(template).Single(r => Type(r) == "Microsoft.ServiceBus/namespaces/topics/subscriptions/rules");
        var filterExpression = rule.GetProperty("properties").GetProperty("sqlFilter").GetProperty("sqlExpression").GetString();
        if (filterExpression != "[variables('audiences')[copyIndex()].filter]")
        {
            throw new InvalidOperationException($"the subscription rules no longer take their filter from the audiences: {filterExpression}");
        }

        var regionCodes = Resolve(_root, module.GetProperty("properties").GetProperty("parameters").GetProperty("regionCodes").GetProperty("value"))
            .EnumerateArray().Select(c => c.GetString()!).ToList();

        // The audiences are one ARM expression: objects of 'name' and 'filter' literals, the per-region ones as
        // format('...{0}...', code) mapped over the region codes. Reading its literals in order recovers each pair.
        var audiences = template.GetProperty("variables").GetProperty("audiences").GetString()!;
        var literals = ArmStringLiteral().Matches(audiences).Select(m => m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal)).ToList();
        var subscriptions = new List<(string, string)>();
        for (var i = literals.IndexOf("name"); i >= 0 && i + 1 < literals.Count; i = literals.IndexOf("name", i + 1))
        {
            var filterAt = literals.IndexOf("filter", i + 2);
            if (filterAt < 0 || filterAt + 1 >= literals.Count)
            {
                throw new InvalidOperationException($"audience {literals[i + 1]} has no filter in: {audiences}");
            }

            var (name, filter) = (literals[i + 1], literals[filterAt + 1]);
            if (name.Contains("{0}", StringComparison.Ordinal))
            {
                subscriptions.AddRange(regionCodes.Select(code => (Format(name, code), Format(filter, code))));
            }
            else
            {
                subscriptions.Add((name, filter));
            }
        }

        return subscriptions;
    }

    private static string Format(string pattern, string value) => string.Format(CultureInfo.InvariantCulture, pattern, value);

    /// <summary>Follows <c>[variables('x')]</c> references to the literal they name.</summary>
    private static JsonElement Resolve(JsonElement template, JsonElement value)
    {
        for (var depth = 0; depth < 10; depth++)
        {
            if (value.ValueKind != JsonValueKind.String || VariableReference().Match(value.GetString()!) is not { Success: true } match)
            {
                return value;
            }

            value = template.GetProperty("variables").GetProperty(match.Groups[1].Value);
        }

        throw new InvalidOperationException("variable references nest too deeply");
    }

    /// <summary>The resources of a template, at any depth of nested deployments.</summary>
    private static IEnumerable<JsonElement> Resources(JsonElement template) => Walk(template, null).Select(d => d.Resource);

    /// <summary>
    /// Every resource of a template and of its nested deployments, with the deployment that declares it and that
    /// deployment's variables. languageVersion 2.0 keys resources by symbolic name, earlier versions list them.
    /// </summary>
    private static IEnumerable<(string? Module, JsonElement Resource, JsonElement Variables, JsonElement Template)> Walk(JsonElement template, string? module)
    {
        if (!template.TryGetProperty("resources", out var resources))
        {
            yield break;
        }

        var variables = template.TryGetProperty("variables", out var v) ? v : default;
        var list = resources.ValueKind == JsonValueKind.Object ? resources.EnumerateObject().Select(p => p.Value) : resources.EnumerateArray();
        foreach (var resource in list)
        {
            yield return (module, resource, variables, template);
            if (Type(resource) == "Microsoft.Resources/deployments" && resource.GetProperty("properties").TryGetProperty("template", out var nested))
            {
                foreach (var inner in Walk(nested, Name(resource)))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string Type(JsonElement resource) => resource.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";

    private static string Name(JsonElement resource) => resource.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Regional.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Regional.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex("'((?:[^']|'')*)'")]
    private static partial Regex ArmStringLiteral();

    [GeneratedRegex(@"^\[variables\('([^']+)'\)\]$")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"^\[union\(variables\('([^']+)'\),")]
    private static partial Regex UnionOfVariable();
}
