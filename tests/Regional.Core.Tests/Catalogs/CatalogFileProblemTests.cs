using Regional.Catalogs;

namespace Regional.Core.Tests.Catalogs;

public sealed class CatalogFileProblemTests
{
    [Fact]
    public void MissingFolderIsReported()
    {
        var missing = Path.Combine(Path.GetTempPath(), "regional-no-such-catalog-" + Guid.NewGuid().ToString("N"));

        var result = CatalogLoader.TryLoad(missing);

        Assert.False(result.Succeeded);
        ProblemAssert.Has(result.Problems, missing, "$", "does not exist");
    }

    [Theory]
    [InlineData("catalog.json")]
    [InlineData("regions.json")]
    [InlineData("indicators.json")]
    [InlineData("targets.json")]
    [InlineData("rules.json")]
    public void EachMissingFileIsReported(string fileName)
    {
        using var folder = CatalogFolder.EuWith().Without(fileName);

        var result = CatalogLoader.TryLoad(folder.Path);

        Assert.Null(result.Catalog);
        ProblemAssert.Has(result.Problems, fileName, "$", "missing");
    }

    [Fact]
    public void MalformedJsonIsReportedWithLineAndPosition()
    {
        using var folder = CatalogFolder.EuWith("malformed");

        var result = CatalogLoader.TryLoad(folder.Path);

        ProblemAssert.Has(result.Problems, "regions.json", "$", "malformed JSON at line 4, position");
    }

    [Fact]
    public void AFileThatIsNotAJsonObjectIsReported()
    {
        using var folder = CatalogFolder.EuWith().Write("targets.json", "[1, 2, 3]");

        var result = CatalogLoader.TryLoad(folder.Path);

        ProblemAssert.Has(result.Problems, "targets.json", "$", "must be a JSON object");
    }

    [Fact]
    public void MissingAndWrongTypedFieldsOfCatalogJsonAreReported()
    {
        using var folder = CatalogFolder.EuWith().Write("catalog.json", """{ "id": 7, "names": { "zh": "测试" }, "sources": [ { "title": "x" } ], "versoin": "1" }""");

        var result = CatalogLoader.TryLoad(folder.Path);

        ProblemAssert.Has(result.Problems, "catalog.json", "$.id", "must be a string, found the number 7");
        ProblemAssert.Has(result.Problems, "catalog.json", "$.version", "is required");
        ProblemAssert.Has(result.Problems, "catalog.json", "$.names.en", "is required");
        ProblemAssert.Has(result.Problems, "catalog.json", "$.sources[0].id", "is required");
        ProblemAssert.Has(result.Problems, "catalog.json", "$.versoin", "not a known field");
    }

    [Fact]
    public void LoadThrowsOneExceptionListingEveryProblem()
    {
        using var folder = CatalogFolder.EuWith("hierarchy", "rules").Without("catalog.json");

        var error = Assert.Throws<CatalogLoadException>(() => CatalogLoader.Load(folder.Path));

        Assert.True(error.Problems.Length >= 10);
        Assert.All(error.Problems, p => Assert.Contains(p.ToString(), error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ProblemsInEveryFileAreReportedTogether()
    {
        using var folder = CatalogFolder.EuWith("hierarchy", "indicators", "references", "rules")
            .Write("catalog.json", """{ "id": "eu", "names": { "en": "EU" } }""");

        var result = CatalogLoader.TryLoad(folder.Path);

        Assert.Equal(
            ["catalog.json", "indicators.json", "regions.json", "rules.json", "targets.json"],
            result.Problems.Select(p => p.File).Distinct().Order(StringComparer.Ordinal));
        ProblemAssert.Has(result.Problems, "catalog.json", "$.version", "is required");
        ProblemAssert.Has(result.Problems, "regions.json", "$.regions[2].code", "duplicate region code 'DE'");
        ProblemAssert.Has(result.Problems, "indicators.json", "$.indicators[1].id", "duplicate indicator id 'real_gdp_growth'");
        ProblemAssert.Has(result.Problems, "targets.json", "$.targets[2].indicator", "unknown indicator id 'gdp_growth'");
        ProblemAssert.Has(result.Problems, "rules.json", "$.comparison.compositeWeights.deficit_ratio", "must not be negative");
    }
}
