using Regional.Api.Authorization;
using Regional.Api.Http;

namespace Regional.Functions.Tests.Api;

public sealed class UnknownRegionRoleTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    [Theory]
    [InlineData("/api/regions")]
    [InlineData("/api/alerts")]
    [InlineData("/api/periods/2025-Q3/scorecard")]
    public async Task ARegionalRoleForACodeTheCatalogDoesNotHaveGrantsNothing(string path)
    {
        var ghost = As.Principal("ghost", Roles.RegionViewerOf("999999"), Roles.AlertResponderOf("000000"));

        var problem = ProblemOf(await Api.Get(path, ghost), 403);

        Assert.Equal(ApiProblemCodes.Forbidden, problem.Code);
        Assert.Contains("no roles", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKnownRoleBesideAnUnknownOneStillCounts()
    {
        var mixed = As.Principal("mixed", Roles.RegionViewerOf("999999"), Roles.RegionViewerOf(As.Chengdu));

        Assert.Equal(200, (await Api.Get("/api/regions", mixed)).Status);
    }
}
