using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Core.Tests.Catalogs;

public sealed class RuleProblemTests
{
    private static ImmutableArray<CatalogProblem> LoadBrokenRules()
    {
        using var folder = CatalogFolder.EuWith("rules");
        return CatalogLoader.TryLoad(folder.Path).Problems;
    }

    [Fact]
    public void BandsNotAscendingInTheDirectionOfWorseningAreReported() =>
        ProblemAssert.Has(LoadBrokenRules(), "rules.json", "$.redLines[0].bands[2].from", "must be ascending");

    [Fact]
    public void BandsOfAHigherIsBetterIndicatorMustDescend()
    {
        using var folder = CatalogFolder.EuWith().Write("rules.json", """
            { "targets": { "indicators": [] },
              "redLines": [ { "id": "growth-floor", "names": { "en": "Growth floor" }, "kind": "bands", "indicator": "real_gdp_growth", "severity": "major",
                "bands": [ { "name": "fine", "severity": "none" }, { "name": "weak", "severity": "warning", "from": 0 }, { "name": "recession", "severity": "major", "from": 1 } ] } ] }
            """);

        var problems = CatalogLoader.TryLoad(folder.Path).Problems;

        ProblemAssert.Has(problems, "rules.json", "$.redLines[0].bands[2].from", "must be descending");
    }

    [Fact]
    public void NegativeWeightIsReported() =>
        ProblemAssert.Has(LoadBrokenRules(), "rules.json", "$.comparison.compositeWeights.deficit_ratio", "weight must not be negative");

    [Fact]
    public void NegativeLimitIsReported() =>
        ProblemAssert.Has(LoadBrokenRules(), "rules.json", "$.redLines[2].limits.DE", "must not be negative");

    [Fact]
    public void WarnLevelAboveFailLevelIsReported() =>
        ProblemAssert.Has(LoadBrokenRules(), "rules.json", "$.quality.hierarchy.warnPercent", "must not exceed the fail level");

    [Fact]
    public void SeriousLevelAboveLaggingLevelIsReported() =>
        ProblemAssert.Has(LoadBrokenRules(), "rules.json", "$.targets.seriousAtGap", "must not be above the lagging level");

    [Fact]
    public void MisspeltFieldUnknownSeverityAndBadDurationAreReported()
    {
        var problems = LoadBrokenRules();

        ProblemAssert.Has(problems, "rules.json", "$.quality.revision.warnPercnt", "not a known field");
        ProblemAssert.Has(problems, "rules.json", "$.redLines[2].severity", "'urgent' is not one of: none, info, warning, major, critical");
        ProblemAssert.Has(problems, "rules.json", "$.alerts.repeatAfter", "'soon' is not a duration");
    }

    [Fact]
    public void EveryProblemOfTheBrokenRulesFileIsReportedInOneLoad()
    {
        var problems = LoadBrokenRules();

        Assert.Equal(13, problems.Length);
        Assert.All(problems, p => Assert.Equal("rules.json", p.File));
    }

    [Fact]
    public void QuotaWithoutLimitsAndBandsWithoutBandsAreReported()
    {
        using var folder = CatalogFolder.EuWith().Write("rules.json", """
            { "targets": { "indicators": [] },
              "redLines": [
                { "id": "q", "names": { "en": "Q" }, "kind": "quota", "indicator": "gdp_meur", "severity": "major" },
                { "id": "b", "names": { "en": "B" }, "kind": "bands", "indicator": "deficit_ratio", "severity": "major" },
                { "id": "b", "names": { "en": "B again" }, "kind": "no-decrease", "indicator": "gdp_meur", "severity": "major", "tolerance": -1 } ] }
            """);

        var problems = CatalogLoader.TryLoad(folder.Path).Problems;

        ProblemAssert.Has(problems, "rules.json", "$.redLines[0].limits", "needs at least one region limit");
        ProblemAssert.Has(problems, "rules.json", "$.redLines[1].bands", "needs at least one band");
        ProblemAssert.Has(problems, "rules.json", "$.redLines[2].id", "duplicate red-line id 'b'");
        ProblemAssert.Has(problems, "rules.json", "$.redLines[2].tolerance", "must not be negative");
    }
}
