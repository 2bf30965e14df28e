using System.Reflection;
using System.Text.Json;
using Regional.Observations;
using Regional.Submissions;
using Regional.Submissions.Json;

namespace Regional.Core.Tests.Submissions;

/// <summary>The published JSON Schema must describe exactly what the reader accepts.</summary>
public class EnvelopeSchemaTests
{
    private static JsonElement LoadSchema()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Regional.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var path = Path.Combine(directory.FullName, "schemas", "submission.v1.schema.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal)];

    private static string[] PropertyNames(JsonElement properties) => [.. properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static string[] ConstantsOf(Type type) =>
    [
        .. type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal),
    ];

    private static JsonElement Observation(JsonElement schema) => schema.GetProperty("$defs").GetProperty("observation");

    [Fact]
    public void SchemaIsDraft202012AndNamesTheSchemaId()
    {
        var schema = LoadSchema();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        Assert.Equal(EnvelopeVocabulary.SchemaId, schema.GetProperty("properties").GetProperty(EnvelopeVocabulary.Field.Schema).GetProperty("const").GetString());
    }

    [Fact]
    public void SchemaRequiresTheFieldsTheReaderRequires()
    {
        var schema = LoadSchema();

        Assert.Equal(EnvelopeVocabulary.RequiredFields.Order(StringComparer.Ordinal), Strings(schema.GetProperty("required")));
        Assert.Equal(EnvelopeVocabulary.RequiredObservationFields.Order(StringComparer.Ordinal), Strings(Observation(schema).GetProperty("required")));
    }

    [Fact]
    public void SchemaPropertiesAreExactlyTheFieldConstants()
    {
        var schema = LoadSchema();

        Assert.Equal(ConstantsOf(typeof(EnvelopeVocabulary.Field)), PropertyNames(schema.GetProperty("properties")));
        Assert.Equal(ConstantsOf(typeof(EnvelopeVocabulary.ObservationField)), PropertyNames(Observation(schema).GetProperty("properties")));
        Assert.Equal(
            ConstantsOf(typeof(EnvelopeVocabulary.Field)),
            EnvelopeVocabulary.RequiredFields.Concat(EnvelopeVocabulary.OptionalFields).Order(StringComparer.Ordinal));
        Assert.Equal(
            ConstantsOf(typeof(EnvelopeVocabulary.ObservationField)),
            EnvelopeVocabulary.RequiredObservationFields.Concat(EnvelopeVocabulary.OptionalObservationFields).Order(StringComparer.Ordinal));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        Assert.False(Observation(schema).GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void SchemaEnumsAreTheStatusesAndBasesTheReaderAccepts()
    {
        var properties = Observation(LoadSchema()).GetProperty("properties");

        Assert.Equal(EnvelopeVocabulary.Statuses.Keys.Order(StringComparer.Ordinal), Strings(properties.GetProperty(EnvelopeVocabulary.ObservationField.Status).GetProperty("enum")));
        Assert.Equal(EnvelopeVocabulary.Bases.Keys.Order(StringComparer.Ordinal), Strings(properties.GetProperty(EnvelopeVocabulary.ObservationField.Basis).GetProperty("enum")));
        Assert.Equal(
            EnvelopeVocabulary.Statuses.Single(s => s.Value == EnvelopeVocabulary.DefaultStatus).Key,
            properties.GetProperty(EnvelopeVocabulary.ObservationField.Status).GetProperty("default").GetString());
    }

    [Fact]
    public void EveryStatusAndBasisOfTheModelHasExactlyOneEnvelopeName()
    {
        Assert.Equal(Enum.GetValues<ObservationStatus>().Order(), EnvelopeVocabulary.Statuses.Values.Order());
        Assert.Equal(Enum.GetValues<Basis>().Order(), EnvelopeVocabulary.Bases.Values.Order());
    }

    [Fact]
    public void SchemaPatternsAreTheReaderPatterns()
    {
        var properties = LoadSchema().GetProperty("properties");

        Assert.Equal(SubmissionIds.Pattern, properties.GetProperty(EnvelopeVocabulary.Field.SubmissionId).GetProperty("pattern").GetString());
        Assert.Equal(EnvelopeVocabulary.TimestampPattern, properties.GetProperty(EnvelopeVocabulary.Field.SubmittedAt).GetProperty("pattern").GetString());
    }
}
