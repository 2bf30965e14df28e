using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Regional.Functions.Tests.Infrastructure;

/// <summary>
/// Evaluates the ARM expressions of the compiled template for given deployment parameters, as far as they can be known
/// before deployment: what a condition, a network setting or an app setting comes to with the defaults, or with a
/// development environment's parameters. Values only Azure knows (<c>reference()</c>, <c>resourceId()</c>, the tenant)
/// are opaque runtime strings, never empty; <c>environment()</c> is the global Azure cloud's. A function outside the
/// small set the template uses is an error, so a test never passes on an expression it did not read.
/// </summary>
internal sealed class TemplateEvaluation
{
    private readonly JsonElement _template;
    private readonly Dictionary<string, object?> _parameters;
    private readonly bool _functionBody;
    private readonly Dictionary<string, object?> _variables = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A template with the given parameters; the others take their defaults when first read.</summary>
    private TemplateEvaluation(JsonElement template, IReadOnlyDictionary<string, object?> given, bool functionBody = false)
    {
        _template = template;
        _parameters = new Dictionary<string, object?>(given, StringComparer.OrdinalIgnoreCase);
        _functionBody = functionBody;
    }

    /// <summary>The compiled main template with the given parameters and the defaults of the rest.</summary>
    public static TemplateEvaluation ForMain(JsonElement root, IReadOnlyDictionary<string, object?> parameters) => new(root, parameters);

    /// <summary>The nested deployment (module) of this template with the given name, its parameters evaluated here.</summary>
    public TemplateEvaluation Module(string name)
    {
        var deployment = Resources().Single(r => Type(r) == "Microsoft.Resources/deployments" && Evaluate(r.GetProperty("name")) as string == name);
        var given = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in deployment.GetProperty("properties").GetProperty("parameters").EnumerateObject())
        {
            var wrapper = Evaluate(parameter.Value) as IReadOnlyDictionary<string, object?>
                ?? throw new InvalidOperationException($"module {name} parameter {parameter.Name} is not an object with a value");
            given[parameter.Name] = wrapper["value"];
        }

        return new TemplateEvaluation(deployment.GetProperty("properties").GetProperty("template"), given);
    }

    /// <summary>Whether the deployment (module) of that name is deployed at all.</summary>
    public bool ModuleDeployed(string name) =>
        Deployed(Resources().Single(r => Type(r) == "Microsoft.Resources/deployments" && Evaluate(r.GetProperty("name")) as string == name));

    /// <summary>The resources of this template (not of its modules) of the given type.</summary>
    public IReadOnlyList<JsonElement> ResourcesOfType(string type) => [.. Resources().Where(r => Type(r) == type)];

    /// <summary>Whether a resource's condition holds (true when it has none).</summary>
    public bool Deployed(JsonElement resource) =>
        !resource.TryGetProperty("condition", out var condition) || Evaluate(condition) is true;

    public object? Parameter(string name)
    {
        if (_parameters.TryGetValue(name, out var value))
        {
            return value;
        }

        if (_functionBody || !_template.GetProperty("parameters").TryGetProperty(name, out var declared))
        {
            throw new InvalidOperationException($"no parameter {name}");
        }

        if (!declared.TryGetProperty("defaultValue", out var defaultValue))
        {
            throw new InvalidOperationException($"parameter {name} has no default: give it a value");
        }

        value = Evaluate(defaultValue);
        _parameters[name] = value;
        return value;
    }

    public object? Variable(string name)
    {
        if (!_variables.TryGetValue(name, out var value))
        {
            value = Evaluate(_template.GetProperty("variables").GetProperty(name));
            _variables[name] = value;
        }

        return value;
    }

    /// <summary>A JSON value of the template with every expression in it evaluated.</summary>
    public object? Evaluate(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Expression(value.GetString()!),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Evaluate(p.Value), StringComparer.OrdinalIgnoreCase) as IReadOnlyDictionary<string, object?>,
        JsonValueKind.Array => value.EnumerateArray().Select(Evaluate).ToList(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.GetInt64(),
        _ => null,
    };

    /// <summary>A template string: an expression in brackets, or a literal (with <c>[[</c> for a literal bracket).</summary>
    public object? Expression(string text)
    {
        if (!text.StartsWith('[') || !text.EndsWith(']'))
        {
            return text;
        }

        if (text.StartsWith("[[", StringComparison.Ordinal))
        {
            return text[1..];
        }

        var parser = new Parser(text[1..^1]);
        var node = parser.ParseExpression();
        parser.ExpectEnd();
        return Eval(node, new Dictionary<string, object?>(StringComparer.Ordinal));
    }

    private IEnumerable<JsonElement> Resources()
    {
        if (!_template.TryGetProperty("resources", out var resources))
        {
            return [];
        }

        return resources.ValueKind == JsonValueKind.Object ? resources.EnumerateObject().Select(p => p.Value) : resources.EnumerateArray();
    }

    private static string Type(JsonElement resource) => resource.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";

    private object? Eval(Node node, IReadOnlyDictionary<string, object?> lambdaScope) => node switch
    {
        Literal literal => literal.Value,
        Member member => Access(Eval(member.Target, lambdaScope), member.Name),
        Index index => Access(Eval(index.Target, lambdaScope), Eval(index.Key, lambdaScope)),
        Call call => Invoke(call, lambdaScope),
        _ => throw new InvalidOperationException($"cannot evaluate {node}"),
    };

    private static object? Access(object? target, object? key) => (target, key) switch
    {
        (Runtime runtime, _) => runtime,
        (IReadOnlyDictionary<string, object?> map, string name) => map.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"no property {name}"),
        (List<object?> list, long i) => list[(int)i],
        _ => throw new InvalidOperationException($"cannot read {key} of {target}"),
    };

    private object? Invoke(Call call, IReadOnlyDictionary<string, object?> scope)
    {
        object? Arg(int i) => Eval(call.Arguments[i], scope);
        List<object?> Args() => [.. call.Arguments.Select(a => Eval(a, scope))];

        switch (call.Name.ToLowerInvariant())
        {
            case "parameters":
                return Parameter((string)Arg(0)!);
            case "variables":
                return Variable((string)Arg(0)!);
            case "lambdavariables":
                return scope[(string)Arg(0)!];
            case "lambda":
                return new Lambda([.. call.Arguments.SkipLast(1).Select(a => (string)((Literal)a).Value!)], call.Arguments[^1], scope);
            case "if":
                return Arg(0) switch
                {
                    true => Arg(1),
                    false => Arg(2),
                    var other => throw new InvalidOperationException($"condition of if() is {other}"),
                };
            case "not":
                return !(bool)Arg(0)!;
            case "and":
                return Args().All(a => (bool)a!);
            case "or":
                return Args().Any(a => (bool)a!);
            case "equals":
                return Equals(Arg(0), Arg(1));
            case "empty":
                return Arg(0) switch
                {
                    null => true,
                    string s => s.Length == 0,
                    List<object?> list => list.Count == 0,
                    IReadOnlyDictionary<string, object?> map => map.Count == 0,
                    Runtime => false,
                    var other => throw new InvalidOperationException($"empty() of {other}"),
                };
            case "true":
                return true;
            case "false":
                return false;
            case "null":
                return null;
            case "createobject":
                {
                    var args = Args();
                    var map = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                    for (var i = 0; i + 1 < args.Count; i += 2)
                    {
                        map[(string)args[i]!] = args[i + 1];
                    }

                    return map as IReadOnlyDictionary<string, object?>;
                }

            case "createarray":
                return Args();
            case "concat":
                {
                    var args = Args();
                    return args.All(a => a is List<object?>)
                        ? args.SelectMany(a => (List<object?>)a!).ToList()
                        : string.Concat(args.Select(Text));
                }

            case "format":
                {
                    var args = Args();
                    return string.Format(CultureInfo.InvariantCulture, (string)args[0]!, [.. args.Skip(1).Select(Text)]);
                }

            case "replace":
                return Arg(0) is string s0 ? s0.Replace((string)Arg(1)!, (string)Arg(2)!, StringComparison.Ordinal) : new Runtime();
            case "split":
                return ((string)Arg(0)!).Split((string)Arg(1)!).Select(p => (object?)p).ToList();
            case "trim":
                return ((string)Arg(0)!).Trim();
            case "map":
                return ((List<object?>)Arg(0)!).Select(item => Apply((Lambda)Arg(1)!, item)).ToList();
            case "filter":
                return ((List<object?>)Arg(0)!).Where(item => Apply((Lambda)Arg(1)!, item) is true).ToList();
            case "toobject":
                {
                    var keys = (Lambda)Arg(1)!;
                    var values = call.Arguments.Count > 2 ? (Lambda)Arg(2)! : null;
                    var map = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                    foreach (var item in (List<object?>)Arg(0)!)
                    {
                        map[(string)Apply(keys, item)!] = values is null ? item : Apply(values, item);
                    }

                    return map as IReadOnlyDictionary<string, object?>;
                }

            case "union":
                {
                    var map = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                    foreach (var part in Args().Cast<IReadOnlyDictionary<string, object?>>())
                    {
                        foreach (var (key, value) in part)
                        {
                            map[key] = value;
                        }
                    }

                    return map as IReadOnlyDictionary<string, object?>;
                }

            case "environment":
                return GlobalCloud;

            // Known only to Azure at deployment.
            case "reference" or "resourceid" or "subscriptionresourceid" or "extensionresourceid" or "subscription" or "resourcegroup" or
                "tenant" or "uniquestring" or "guid" or "newguid" or "tolower" or "base64" or "deployment" or "cidrsubnet":
                return new Runtime();
            default:
                if (call.Name.Contains('.', StringComparison.Ordinal))
                {
                    return UserFunction(call.Name, Args());
                }

                throw new InvalidOperationException($"the evaluation does not know {call.Name}()");
        }
    }

    private object? Apply(Lambda lambda, object? argument)
    {
        var scope = new Dictionary<string, object?>(lambda.Scope, StringComparer.Ordinal) { [lambda.Parameters[0]] = argument };
        return Eval(lambda.Body, scope);
    }

    /// <summary>A Bicep user-defined function (<c>__bicep.name</c>), its parameters bound for its body.</summary>
    private object? UserFunction(string qualified, List<object?> arguments)
    {
        var (ns, name) = (qualified[..qualified.IndexOf('.', StringComparison.Ordinal)], qualified[(qualified.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        var definition = _template.GetProperty("functions").EnumerateArray()
            .Single(f => f.GetProperty("namespace").GetString() == ns).GetProperty("members").GetProperty(name);
        var names = definition.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        var bound = new TemplateEvaluation(_template, names.Zip(arguments).ToDictionary(p => p.First, p => p.Second, StringComparer.OrdinalIgnoreCase), functionBody: true);
        return bound.Evaluate(definition.GetProperty("output").GetProperty("value"));
    }

    /// <summary>The parts of <c>environment()</c> the template reads, as in the global Azure cloud.</summary>
    private static readonly IReadOnlyDictionary<string, object?> GlobalCloud = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "AzureCloud",
        ["authentication"] = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["loginEndpoint"] = "https://login.microsoftonline.com/" },
        ["suffixes"] = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["storage"] = "core.windows.net", ["keyvaultDns"] = ".vault.azure.net" },
    };

    private static string Text(object? value) => value switch
    {
        string s => s,
        Runtime => Runtime.Text,
        long n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "True" : "False",
        _ => throw new InvalidOperationException($"cannot format {value}"),
    };

    /// <summary>A value only Azure knows at deployment: an id, an endpoint, a principal id. Never empty.</summary>
    public sealed class Runtime
    {
        public const string Text = "<runtime>";

        public override string ToString() => Text;
    }

    private sealed record Lambda(IReadOnlyList<string> Parameters, Node Body, IReadOnlyDictionary<string, object?> Scope);

    private abstract record Node;

    private sealed record Literal(object? Value) : Node;

    private sealed record Call(string Name, IReadOnlyList<Node> Arguments) : Node;

    private sealed record Member(Node Target, string Name) : Node;

    private sealed record Index(Node Target, Node Key) : Node;

    /// <summary>ARM expression syntax: calls, 'strings' ('' inside), integers, .property and [index].</summary>
    private sealed class Parser(string text)
    {
        private int _at;

        public Node ParseExpression()
        {
            var node = Primary();
            while (true)
            {
                SkipSpace();
                if (Peek('.'))
                {
                    _at++;
                    node = new Member(node, Identifier());
                }
                else if (Peek('['))
                {
                    _at++;
                    var key = ParseExpression();
                    Expect(']');
                    node = new Index(node, key);
                }
                else
                {
                    return node;
                }
            }
        }

        public void ExpectEnd()
        {
            SkipSpace();
            if (_at != text.Length)
            {
                throw new FormatException($"unexpected '{text[_at..]}' in {text}");
            }
        }

        private Node Primary()
        {
            SkipSpace();
            if (Peek('\''))
            {
                return new Literal(QuotedString());
            }

            if (_at < text.Length && (char.IsDigit(text[_at]) || text[_at] == '-'))
            {
                var start = _at++;
                while (_at < text.Length && char.IsDigit(text[_at]))
                {
                    _at++;
                }

                return new Literal(long.Parse(text[start.._at], CultureInfo.InvariantCulture));
            }

            // A function name, possibly qualified by a namespace (__bicep.name).
            var name = Identifier();
            while (Peek('.'))
            {
                _at++;
                name += "." + Identifier();
            }

            Expect('(');
            var arguments = new List<Node>();
            SkipSpace();
            if (!Peek(')'))
            {
                do
                {
                    arguments.Add(ParseExpression());
                    SkipSpace();
                }
                while (TryTake(','));
            }

            Expect(')');
            return new Call(name, arguments);
        }

        private string QuotedString()
        {
            var value = new StringBuilder();
            _at++;
            while (true)
            {
                if (_at >= text.Length)
                {
                    throw new FormatException($"unterminated string in {text}");
                }

                if (text[_at] == '\'')
                {
                    if (_at + 1 < text.Length && text[_at + 1] == '\'')
                    {
                        value.Append('\'');
                        _at += 2;
                        continue;
                    }

                    _at++;
                    return value.ToString();
                }

                value.Append(text[_at++]);
            }
        }

        private string Identifier()
        {
            SkipSpace();
            var start = _at;
            while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] == '_' || text[_at] == '$'))
            {
                _at++;
            }

            if (start == _at)
            {
                throw new FormatException($"expected a name at {_at} in {text}");
            }

            return text[start.._at];
        }

        private bool Peek(char c) => _at < text.Length && text[_at] == c;

        private bool TryTake(char c)
        {
            SkipSpace();
            if (!Peek(c))
            {
                return false;
            }

            _at++;
            return true;
        }

        private void Expect(char c)
        {
            if (!TryTake(c))
            {
                throw new FormatException($"expected '{c}' at {_at} in {text}");
            }
        }

        private void SkipSpace()
        {
            while (_at < text.Length && text[_at] == ' ')
            {
                _at++;
            }
        }
    }
}
