using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Core.Tests.Catalogs;

public sealed class ReferenceProblemTests
{
    private static ImmutableArray<CatalogProblem> Load(params string[] broken)
    {
        using var folder = CatalogFolder.EuWith(broken);
        return CatalogLoader.TryLoad(folder.Path).Problems;
    }

    [Fact]
    public void TargetForAnUnknownRegionIsReported() =>
        ProblemAssert.Has(Load("references"), "targets.json", "$.targets[1].region", "unknown region code 'UK'");

    [Fact]
    public void TargetForAnUnknownIndicatorIsReported() =>
        ProblemAssert.Has(Load("references"), "targets.json", "$.targets[2].indicator", "unknown indicator id 'gdp_growth'");

    [Fact]
    public void DuplicateTargetAndWrongTypedYearAreReported()
    {
        var problems = Load("references");

        ProblemAssert.Has(problems, "targets.json", "$.targets[3]", "already given");
        ProblemAssert.Has(problems, "targets.json", "$.targets[4].year", "must be an integer, found the string \"2025\"");
    }

    [Fact]
    public void RulesNamingUnknownIndicatorsAreReported()
    {
        var problems = Load("rules");

        ProblemAssert.Has(problems, "rules.json", "$.targets.indicators[1]", "unknown indicator id 'gdp_growth'");
        ProblemAssert.Has(problems, "rules.json", "$.redLines[1].indicator", "unknown indicator id 'debt_to_gdp'");
        ProblemAssert.Has(problems, "rules.json", "$.comparison.compositeWeights.happiness", "unknown indicator id 'happiness'");
        ProblemAssert.Has(problems, "rules.json", "$.comparison.growthIndicator", "unknown indicator id 'gdp_growth'");
    }

    [Fact]
    public void LimitForAnUnknownRegionIsReported() =>
        ProblemAssert.Has(Load("rules"), "rules.json", "$.redLines[2].limits.UK", "unknown region code 'UK'");

    [Fact]
    public void ReferencesAreNotCheckedAgainstAFileThatCouldNotBeRead()
    {
        using var folder = CatalogFolder.EuWith("malformed");

        var problems = CatalogLoader.TryLoad(folder.Path).Problems;

        Assert.Equal(["regions.json"], problems.Select(p => p.File).Distinct());
    }
}
