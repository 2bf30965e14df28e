using Regional.Api.Authorization;
using Regional.Api.Contracts;

namespace Regional.Functions.Tests.Api;

public sealed class CallerEndpointTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    [Fact]
    public async Task ASignedInCallerSeesItsNameTheRolesTheApiKnowsAndTheDevelopmentMode()
    {
        var me = Ok<CallerView>(await Api.Get("/api/me", As.Principal("duty", Roles.AlertResponderOf(As.Chengdu), "unknown-role", Roles.ProvinceViewer)));

        Assert.Equal((CallerKind.Principal, "duty", AuthMode.Development), (me.Kind, me.Name, me.AuthMode));
        Assert.Equal(new[] { Roles.ProvinceViewer, Roles.AlertResponderOf(As.Chengdu) }, me.Roles.ToArray());
    }

    [Fact]
    public async Task AFunctionKeyClientIsAProvinceViewerWithoutAName()
    {
        var me = Ok<CallerView>(await Api.Get("/api/me"));

        Assert.Equal((CallerKind.FunctionKey, null, AuthMode.Development), (me.Kind, me.Name, me.AuthMode));
        Assert.Equal(new[] { Roles.ProvinceViewer }, me.Roles.ToArray());
    }

    [Fact]
    public async Task TheAnswerIsNeverStored()
    {
        var response = await Api.Get("/api/me", As.ChengduViewer);

        Assert.Equal("private, no-store", response.Header("Cache-Control"));
    }
}
