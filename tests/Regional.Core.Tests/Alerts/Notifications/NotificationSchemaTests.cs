using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regional.Alerts;
using Regional.Alerts.Notifications;
using Regional.Catalogs;

namespace Regional.Core.Tests.Alerts.Notifications;

/// <summary>The published JSON Schema must describe exactly the message the transports send.</summary>
public sealed partial class NotificationSchemaTests
{
    private static JsonElement Schema => JsonElementOf(File.ReadAllText(RepositoryFile("schemas", "alert-notification.v1.schema.json")));

    private static JsonElement Definition(string name) => Schema.GetProperty("$defs").GetProperty(name);

    [Fact]
    public void SchemaIsDraft202012AndNamesTheSchemaId()
    {
        var schema = Schema;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        Assert.Equal(NotificationVocabulary.SchemaId, schema.GetProperty("properties").GetProperty(NotificationVocabulary.Field.Schema).GetProperty("const").GetString());
    }

    [Fact]
    public void SchemaPropertiesAreExactlyTheFieldConstants()
    {
        Assert.Equal(ConstantsOf(typeof(NotificationVocabulary.Field)), PropertyNames(Schema.GetProperty("properties")));
        Assert.Equal(ConstantsOf(typeof(NotificationVocabulary.RegionField)), PropertyNames(Definition("region").GetProperty("properties")));
        Assert.Equal(ConstantsOf(typeof(NotificationVocabulary.ItemField)), PropertyNames(Definition("item").GetProperty("properties")));
        Assert.False(Schema.GetProperty("additionalProperties").GetBoolean());
        Assert.False(Definition("region").GetProperty("additionalProperties").GetBoolean());
        Assert.False(Definition("item").GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void RequiredAndOptionalFieldsTogetherAreEveryFieldConstant()
    {
        Assert.Equal(ConstantsOf(typeof(NotificationVocabulary.Field)), Sorted(NotificationVocabulary.RequiredFields.Concat(NotificationVocabulary.OptionalFields)));
        Assert.Equal(ConstantsOf(typeof(NotificationVocabulary.RegionField)), Sorted(NotificationVocabulary.RequiredRegionFields.Concat(NotificationVocabulary.OptionalRegionFields)));
        Assert.Equal(ConstantsOf(typeof(NotificationVocabulary.ItemField)), Sorted(NotificationVocabulary.RequiredItemFields.Concat(NotificationVocabulary.OptionalItemFields)));
    }

    [Fact]
    public void SchemaRequiresTheRequiredFields()
    {
        Assert.Equal(Sorted(NotificationVocabulary.RequiredFields), Strings(Schema.GetProperty("required")));
        Assert.Equal(Sorted(NotificationVocabulary.RequiredRegionFields), Strings(Definition("region").GetProperty("required")));
        Assert.Equal(Sorted(NotificationVocabulary.RequiredItemFields), Strings(Definition("item").GetProperty("required")));
    }

    [Fact]
    public void SchemaEnumsAreTheNamesOfTheModelEnums()
    {
        Assert.Equal(Sorted(NotificationVocabulary.Kinds), Strings(Schema.GetProperty("properties").GetProperty(NotificationVocabulary.Field.Kind).GetProperty("enum")));
        Assert.Equal(Sorted(NotificationVocabulary.Severities), Strings(Definition("severity").GetProperty("enum")));
        Assert.Equal(Sorted(NotificationVocabulary.TransitionKinds), Strings(Definition("transitionKind").GetProperty("enum")));
        Assert.Equal(Enum.GetValues<NotificationKind>().Length, NotificationVocabulary.Kinds.Length);
        Assert.Equal(Enum.GetValues<Severity>().Length, NotificationVocabulary.Severities.Length);
        Assert.Equal(Enum.GetValues<TransitionKind>().Length, NotificationVocabulary.TransitionKinds.Length);
    }

    [Fact]
    public void EveryEnumValueIsWrittenAsItsVocabularyName()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            Assert.Equal(JsonSerializer.Serialize(NotificationVocabulary.Name(kind)), JsonSerializer.Serialize(kind, Serialization.RegionalJson.Options));
        }

        foreach (var severity in Enum.GetValues<Severity>())
        {
            Assert.Equal(JsonSerializer.Serialize(NotificationVocabulary.Name(severity)), JsonSerializer.Serialize(severity, Serialization.RegionalJson.Options));
        }

        foreach (var kind in Enum.GetValues<TransitionKind>())
        {
            Assert.Equal(JsonSerializer.Serialize(NotificationVocabulary.Name(kind)), JsonSerializer.Serialize(kind, Serialization.RegionalJson.Options));
        }
    }

    [Fact]
    public void RegionNotificationConformsToTheSchema()
    {
        var notification = NotificationSamples.Region(
            NotificationSamples.Item(),
            NotificationSamples.Item(rule: Regional.Engine.RuleIds.QualityCompleteness, indicator: string.Empty, kind: TransitionKind.Resolved, severity: Severity.Warning));

        var message = JsonElementOf(NotificationMessage.From(notification, TestCatalog.Create()).ToJson());

        Assert.Empty(SchemaShape.Problems(Schema, message));
    }

    [Fact]
    public void SummaryWithoutRegionNamesConformsToTheSchema()
    {
        var notification = NotificationSamples.Summary(NotificationSamples.Item("A1"), NotificationSamples.Item("B3", kind: TransitionKind.New, severity: Severity.Critical));

        var message = JsonElementOf(NotificationMessage.From(notification).ToJson());

        Assert.Empty(SchemaShape.Problems(Schema, message));
    }

    [Fact]
    public void MessageMissingARequiredFieldOrWithAnUnknownValueDoesNotConform()
    {
        var json = NotificationMessage.From(NotificationSamples.Region(NotificationSamples.Item()), TestCatalog.Create()).ToJson();
        var broken = json
            .Replace("\"textZh\":", "\"textCn\":", StringComparison.Ordinal)
            .Replace("\"severity\":\"major\"", "\"severity\":\"urgent\"", StringComparison.Ordinal);

        var problems = SchemaShape.Problems(Schema, JsonElementOf(broken));

        Assert.Contains(problems, p => p.Contains("'textZh' is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'textCn' is not in the schema", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.severity:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.items[0].severity:", StringComparison.Ordinal));
    }

    [Fact]
    public void ExampleMessagesOfTheContractDocumentConformAndParse()
    {
        var examples = JsonBlocks(File.ReadAllText(RepositoryFile("docs", "alerts-contract.md")))
            .Where(block => block.Contains(NotificationVocabulary.SchemaId, StringComparison.Ordinal)
                && block.Contains($"\"{NotificationVocabulary.Field.Items}\"", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(examples);
        Assert.All(examples, example =>
        {
            Assert.Empty(SchemaShape.Problems(Schema, JsonElementOf(example)));
            Assert.Equal(NotificationVocabulary.SchemaId, NotificationMessage.Parse(example).Schema);
        });
    }

    [Fact]
    public void ContractDocumentNamesEveryFilterableProperty()
    {
        var document = File.ReadAllText(RepositoryFile("docs", "alerts-contract.md"));

        Assert.All(NotificationProperties.FilterableNames, name => Assert.Contains($"`{name}`", document, StringComparison.Ordinal));
    }

    private static IEnumerable<string> JsonBlocks(string markdown) =>
        JsonBlock().Matches(markdown).Select(m => m.Groups["body"].Value);

    [GeneratedRegex(@"```json\r?\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    private static JsonElement JsonElementOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string RepositoryFile(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Regional.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine([directory.FullName, .. parts]);
    }

    private static string[] Sorted(IEnumerable<string> values) => [.. values.Order(StringComparer.Ordinal)];

    private static string[] Strings(JsonElement array) => Sorted(array.EnumerateArray().Select(e => e.GetString()!));

    private static string[] PropertyNames(JsonElement properties) => Sorted(properties.EnumerateObject().Select(p => p.Name));

    private static string[] ConstantsOf(Type type) =>
        Sorted(type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!));
}
