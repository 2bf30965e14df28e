using System.Globalization;

namespace Regional.Azure.Tests.Messaging;

/// <summary>
/// The part of the Service Bus SQL filter grammar a subscription of the alerts topic may use, evaluated the way the
/// broker evaluates it over a message's application properties: <c>=</c>, <c>&lt;&gt;</c>, <c>[NOT] IN (...)</c>,
/// <c>IS [NOT] NULL</c>, <c>AND</c>, <c>OR</c>, <c>NOT</c>, parentheses, string and integer literals. A comparison
/// with an absent property is unknown, and an unknown filter does not match. Anything outside this subset is refused
/// with the position, so a filter the tests cannot read is never taken as passing.
/// </summary>
internal sealed class SqlFilter
{
    private readonly Node _root;

    private SqlFilter(string text, Node root, IReadOnlySet<string> identifiers)
    {
        Text = text;
        _root = root;
        Identifiers = identifiers;
    }

    public string Text { get; }

    /// <summary>Every property name the filter reads.</summary>
    public IReadOnlySet<string> Identifiers { get; }

    public static SqlFilter Parse(string text)
    {
        var parser = new Parser(text);
        var root = parser.ParseFilter();
        return new SqlFilter(text, root, parser.Identifiers);
    }

    public bool Matches(IReadOnlyDictionary<string, object> properties) => _root.Evaluate(properties) == true;

    private abstract record Node
    {
        public abstract bool? Evaluate(IReadOnlyDictionary<string, object> properties);
    }

    private abstract record Operand
    {
        public abstract object? Value(IReadOnlyDictionary<string, object> properties);
    }

    private sealed record Property(string Name) : Operand
    {
        public override object? Value(IReadOnlyDictionary<string, object> properties) => properties.GetValueOrDefault(Name);
    }

    private sealed record Literal(object Constant) : Operand
    {
        public override object? Value(IReadOnlyDictionary<string, object> properties) => Constant;
    }

    private sealed record Comparison(Operand Left, bool Equal, Operand Right) : Node
    {
        public override bool? Evaluate(IReadOnlyDictionary<string, object> properties) =>
            (Left.Value(properties), Right.Value(properties)) is (object l, object r) ? Same(l, r) == Equal : null;
    }

    private sealed record In(Property Left, bool Negated, IReadOnlyList<Literal> Set) : Node
    {
        public override bool? Evaluate(IReadOnlyDictionary<string, object> properties) =>
            Left.Value(properties) is object value ? Set.Any(s => Same(value, s.Constant)) != Negated : null;
    }

    private sealed record IsNull(Property Left, bool Negated) : Node
    {
        public override bool? Evaluate(IReadOnlyDictionary<string, object> properties) => (Left.Value(properties) is null) != Negated;
    }

    private sealed record Not(Node Inner) : Node
    {
        public override bool? Evaluate(IReadOnlyDictionary<string, object> properties) => !Inner.Evaluate(properties);
    }

    private sealed record And(Node Left, Node Right) : Node
    {
        public override bool? Evaluate(IReadOnlyDictionary<string, object> properties) =>
            (Left.Evaluate(properties), Right.Evaluate(properties)) switch
            {
                (false, _) or (_, false) => false,
                (true, true) => true,
                _ => null,
            };
    }

    private sealed record Or(Node Left, Node Right) : Node
    {
        public override bool? Evaluate(IReadOnlyDictionary<string, object> properties) =>
            (Left.Evaluate(properties), Right.Evaluate(properties)) switch
            {
                (true, _) or (_, true) => true,
                (false, false) => false,
                _ => null,
            };
    }

    private static bool Same(object left, object right) => (left, right) switch
    {
        (string l, string r) => string.Equals(l, r, StringComparison.Ordinal),
        (long l, long r) => l == r,
        _ => false,
    };

    private sealed class Parser(string text)
    {
        private int _position;

        public HashSet<string> Identifiers { get; } = new(StringComparer.Ordinal);

        public Node ParseFilter()
        {
            var node = ParseOr();
            Skip();
            if (_position != text.Length)
            {
                throw Error("unexpected text");
            }

            return node;
        }

        private Node ParseOr()
        {
            var left = ParseAnd();
            while (Keyword("OR"))
            {
                left = new Or(left, ParseAnd());
            }

            return left;
        }

        private Node ParseAnd()
        {
            var left = ParseUnary();
            while (Keyword("AND"))
            {
                left = new And(left, ParseUnary());
            }

            return left;
        }

        private Node ParseUnary()
        {
            if (Keyword("NOT"))
            {
                return new Not(ParseUnary());
            }

            if (Symbol("("))
            {
                var inner = ParseOr();
                Expect(")");
                return inner;
            }

            return ParsePredicate();
        }

        private Node ParsePredicate()
        {
            var left = ParseOperand();
            if (left is Property property)
            {
                if (Keyword("IS"))
                {
                    var negated = Keyword("NOT");
                    return Keyword("NULL") ? new IsNull(property, negated) : throw Error("expected NULL");
                }

                var notIn = Keyword("NOT");
                if (Keyword("IN"))
                {
                    Expect("(");
                    var set = new List<Literal>();
                    do
                    {
                        set.Add(ParseOperand() as Literal ?? throw Error("IN takes literals"));
                    }
                    while (Symbol(","));
                    Expect(")");
                    return new In(property, notIn, set);
                }

                if (notIn)
                {
                    throw Error("expected IN after NOT");
                }
            }

            var equal = Symbol("=") || (Symbol("<>") || Symbol("!=") ? false : throw Error("expected a comparison"));
            return new Comparison(left, equal, ParseOperand());
        }

        private Operand ParseOperand()
        {
            Skip();
            if (_position < text.Length && text[_position] == '\'')
            {
                var value = new System.Text.StringBuilder();
                for (_position++; ; _position++)
                {
                    if (_position >= text.Length)
                    {
                        throw Error("unterminated string");
                    }

                    if (text[_position] == '\'')
                    {
                        if (_position + 1 < text.Length && text[_position + 1] == '\'')
                        {
                            value.Append('\'');
                            _position++;
                            continue;
                        }

                        _position++;
                        return new Literal(value.ToString());
                    }

                    value.Append(text[_position]);
                }
            }

            var start = _position;
            while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] == '_'))
            {
                _position++;
            }

            var word = text[start.._position];
            if (word.Length == 0)
            {
                throw Error("expected a property or a literal");
            }

            if (long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return new Literal(number);
            }

            if (!char.IsAsciiLetter(word[0]))
            {
                throw Error($"'{word}' is not a property name");
            }

            Identifiers.Add(word);
            return new Property(word);
        }

        private bool Keyword(string keyword)
        {
            Skip();
            var end = _position + keyword.Length;
            if (end <= text.Length && string.Compare(text, _position, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                (end == text.Length || !char.IsAsciiLetterOrDigit(text[end])))
            {
                _position = end;
                return true;
            }

            return false;
        }

        private bool Symbol(string symbol)
        {
            Skip();
            if (string.CompareOrdinal(text, _position, symbol, 0, symbol.Length) == 0)
            {
                _position += symbol.Length;
                return true;
            }

            return false;
        }

        private void Expect(string symbol)
        {
            if (!Symbol(symbol))
            {
                throw Error($"expected '{symbol}'");
            }
        }

        private void Skip()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }

        private FormatException Error(string reason) => new($"SQL filter \"{text}\", position {_position}: {reason}");
    }
}
