using Regional.Submissions;

namespace Regional.Core.Tests.Submissions;

public class SubmissionScopeTests
{
    private static readonly Regional.Catalogs.Catalog Catalog = TestCatalog.Create();

    [Fact]
    public void OneRegionsFiguresAreScopedToThatRegion()
    {
        Assert.Equal("A1:a1-2025-Q3", SubmissionScope.Qualify(Catalog, ["A1", "A1"], "a1-2025-Q3"));
        Assert.Equal("A1", SubmissionScope.RegionOf("A1:a1-2025-Q3"));
    }

    [Fact]
    public void FiguresOfSeveralRegionsAreScopedToTheLowestRegionCoveringThemAll()
    {
        Assert.Equal("P0", SubmissionScope.Of(Catalog, ["A1", "B2"]));
        Assert.Equal("P0", SubmissionScope.Of(Catalog, ["P0", "A1"]));
    }

    [Fact]
    public void TheSameIdOfTwoRegionsIsTwoIds()
    {
        Assert.NotEqual(SubmissionScope.Qualify(Catalog, ["A1"], "2025-Q3-bureau"), SubmissionScope.Qualify(Catalog, ["B1"], "2025-Q3-bureau"));
    }

    [Theory]
    [InlineData("plain-id", "plain-id")]
    [InlineData("A1:looks-scoped", "_:A1:looks-scoped")]
    public void FiguresOfNoKnownRegionGiveAnUnscopedIdThatCannotPassForAScopedOne(string id, string stored)
    {
        var qualified = SubmissionScope.Qualify(Catalog, ["999999"], id);

        Assert.Equal(stored, qualified);
        Assert.Null(SubmissionScope.RegionOf(qualified));
        Assert.Null(SubmissionScope.Of(Catalog, []));
    }

    [Fact]
    public void AScopedIdOfTheLongestSenderIdIsStillAValidStoredId()
    {
        var stored = SubmissionScope.Qualify(Catalog, ["A1"], new string('x', SubmissionIds.MaxLength));

        Assert.True(SubmissionIds.IsStored(stored));
        Assert.False(SubmissionIds.IsStored("x' or PartitionKey ne '"));
    }
}
