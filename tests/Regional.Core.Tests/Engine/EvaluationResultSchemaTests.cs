using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Regional.Catalogs;
using Regional.Core.Tests.Catalogs;
using Regional.Engine;
using Regional.Serialization;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Engine;

/// <summary>Real evaluation results, serialised as the CLI and the API write them, are valid under the published schema.</summary>
public class EvaluationResultSchemaTests
{
    private static readonly JsonSchema Schema = Load();

    private static JsonSchema Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Regional.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(directory.FullName, "schemas", "evaluation-result.v1.schema.json")));
    }

    private static void AssertValid(EvaluationResult result)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(result, RegionalJson.Options));
        var outcome = Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(outcome.IsValid, JsonSerializer.Serialize(outcome));
    }

    [Fact]
    public void AResultWithEveryLevelNoDataAndAlertsIsValid()
    {
        var first = Evaluate(TestCatalog.Create(), "2025-Q2", [Growth("A1", "2025-Q2", 4.0), Growth("P0", "2025-Q2", 5.0), Level("A1", "safety_deaths", "2025-Q2", 80)]);
        var second = Evaluate(TestCatalog.Create(), "2025-Q3", [Growth("A1", "2025-Q3", 7.5), Growth("A2", "2025-Q3", 6.0), Growth("B1", "2025-Q3", 6.0), Level("P0", "gdp", "2025-Q3", 100), Level("A1", "gdp", "2025-Q3", 30)], first.Alerts);

        Assert.NotEmpty(second.NoData);
        Assert.Contains(second.Transitions, t => t.Kind == Regional.Alerts.TransitionKind.Resolved);
        AssertValid(first);
        AssertValid(second);
    }

    [Fact]
    public void AFlatCatalogsResultWithQualifiedTargetsIsValid()
    {
        var provinces = CatalogLoader.Load(CatalogFolder.Fixture("provinces"));

        AssertValid(Evaluate(provinces, "2025-Q3", [Growth("510000", "2025-Q3", 4.4), Growth("320000", "2025-Q3", 5.2)]));
    }

    [Fact]
    public void ASchemaViolationIsCaught()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Evaluate(TestCatalog.Create(), "2025-Q3", [Growth("A1", "2025-Q3", 4.0)]), RegionalJson.Options))!;
        json["scorecards"]![0]!["standing"] = "fine";

        Assert.False(Schema.Evaluate(JsonSerializer.SerializeToElement(json)).IsValid);
    }
}
