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
    public void ARegionWithoutAParentBesideTheDeclaredRootIsReportedWithTheFix() =>
        ProblemAssert.Has(LoadBrokenHierarchy(), "regions.json", "$.regions[7].parent", "1 region is without a parent (CH), but the catalog declares 'EU' as its only root: give it a parent, or remove \"root\"");

    [Fact]
    public void ManyRegionsWithoutAParentBesideTheDeclaredRootAreReportedOnceWithTheirCount()
    {
        using var folder = CatalogFolder.EuWith().Write("regions.json", """
            { "root": "EU", "regions": [
              { "code": "EU", "names": { "en": "EU" }, "level": "union" },
              { "code": "DE", "names": { "en": "DE" }, "level": "state" },
              { "code": "FR", "names": { "en": "FR" }, "level": "state" },
              { "code": "NL", "names": { "en": "NL" }, "level": "state" },
              { "code": "IT", "names": { "en": "IT" }, "level": "state", "parent": "EU" },
              { "code": "ES", "names": { "en": "ES" }, "level": "state", "parent": "EU" } ] }
            """);

        var problems = CatalogLoader.TryLoad(folder.Path).Problems.Where(p => p.File == "regions.json").ToList();

        var problem = Assert.Single(problems);
        Assert.Equal("$.regions[1].parent", problem.Path);
        Assert.Contains("3 regions are without a parent (DE, FR, NL)", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("give each a parent, or remove \"root\"", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RegionsNamingTheSameUnknownParentAreReportedOnce()
    {
        using var folder = CatalogFolder.EuWith().Write("regions.json", """
            { "regions": [
              { "code": "EU", "names": { "en": "EU" }, "level": "union" },
              { "code": "DE", "names": { "en": "DE" }, "level": "state", "parent": "XX" },
              { "code": "FR", "names": { "en": "FR" }, "level": "state", "parent": "XX" } ] }
            """);

        var problems = CatalogLoader.TryLoad(folder.Path).Problems.Where(p => p.File == "regions.json").ToList();

        var problem = Assert.Single(problems);
        Assert.Contains("parent 'XX' of 2 regions (DE, FR) is not a region of this catalog: add region 'XX'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogWithoutRootIsReported()
    {
        using var folder = CatalogFolder.EuWith().Write("regions.json", """
            { "regions": [
              { "code": "A", "names": { "en": "A" }, "level": "x", "parent": "B" },
              { "code": "B", "names": { "en": "B" }, "level": "x", "parent": "A" } ] }
            """);

        var problems = CatalogLoader.TryLoad(folder.Path).Problems;

        ProblemAssert.Has(problems, "regions.json", "$.regions", "at least one top-level region is required");
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
