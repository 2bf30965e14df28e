using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Core.Tests.Catalogs;

public sealed class RegionHierarchyProblemTests
{
    private static ImmutableArray<CatalogProblem> LoadBrokenHierarchy()
    {
        using var folder = CatalogFolder.EuWith("hierarchy");
        return CatalogLoader.TryLoad(folder.Path).Problems;
    }

    [Fact]
    public void DuplicateRegionCodeIsReported() =>
        ProblemAssert.Has(LoadBrokenHierarchy(), "regions.json", "$.regions[2].code", "duplicate region code 'DE'");

    [Fact]
    public void UnknownParentIsReported() =>
        ProblemAssert.Has(LoadBrokenHierarchy(), "regions.json", "$.regions[3].parent", "parent 'XX'");

    [Fact]
    public void ParentCycleIsReportedOnce()
    {
        var problems = LoadBrokenHierarchy();

        ProblemAssert.Has(problems, "regions.json", "$.regions[4].parent", "cycle: IT -> ES -> IT");
        Assert.Single(problems, p => p.Reason.Contains("cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void SecondRootIsReported() =>
        ProblemAssert.Has(LoadBrokenHierarchy(), "regions.json", "$.regions[7].parent", "exactly one root");

    [Fact]
    public void CatalogWithoutRootIsReported()
    {
        using var folder = CatalogFolder.EuWith().Write("regions.json", """
            { "regions": [
              { "code": "A", "names": { "en": "A" }, "level": "x", "parent": "B" },
              { "code": "B", "names": { "en": "B" }, "level": "x", "parent": "A" } ] }
            """);

        var problems = CatalogLoader.TryLoad(folder.Path).Problems;

        ProblemAssert.Has(problems, "regions.json", "$.regions", "exactly one root region is required");
    }

    [Fact]
    public void UndeclaredPeerGroupIsReported() =>
        ProblemAssert.Has(LoadBrokenHierarchy(), "regions.json", "$.regions[5].peerGroup", "unknown peer group 'west'");

    [Fact]
    public void WrongTypedAndMissingFieldsOfARegionAreReported()
    {
        var problems = LoadBrokenHierarchy();

        ProblemAssert.Has(problems, "regions.json", "$.regions[6].level", "must be a string, found the number 3");
        ProblemAssert.Has(problems, "regions.json", "$.regions[8].names", "is required");
    }
}
