using Regional.Api.Authorization;
using Regional.Api.Http;
using Regional.Pipeline;

namespace Regional.Core.Tests.Api;

public class AuthenticationTests
{
    private static readonly Authentication Development =
        new(new AuthEnvironment(AuthMode.Development, "Development", false, false), new FixedCatalogProvider(TestCatalog.Create()));

    private static ApiRequest With(string? principal) =>
        ApiRequest.Get("/api/alerts", principal is null ? null : [KeyValuePair.Create(ClientPrincipal.Header, principal)]);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("  \t  ")]
    public void PresentButEmptyPrincipalHeaderIs401(string header)
    {
        var problem = Assert.Throws<ApiProblemException>(() => Development.Authenticate(With(header))).Problem;

        Assert.Equal((401, ApiProblemCodes.InvalidPrincipal), (problem.Status, problem.Code));
    }

    [Fact]
    public void OnlyAnAbsentPrincipalHeaderIsAFunctionKeyClient()
    {
        Assert.Equal(Caller.FunctionKey, Development.Authenticate(With(null)));
    }

    [Fact]
    public void RegionalRoleForACodeTheCatalogDoesNotHaveIsNotAKnownRole()
    {
        var caller = Development.Authenticate(With(ClientPrincipal.Encode("ghost", [Roles.RegionViewerOf("999999"), Roles.AlertResponderOf("ZZ")])));

        Assert.Empty(caller.RegionRoles);
        Assert.False(caller.CanReadComparison);
    }

    [Fact]
    public void RegionalRoleOfTheCatalogIsKept()
    {
        var caller = Development.Authenticate(With(ClientPrincipal.Encode("a1", [Roles.RegionViewerOf("A1"), Roles.RegionViewerOf("999999")])));

        Assert.Equal([new RegionRole(Roles.RegionViewer, "A1")], caller.RegionRoles.AsEnumerable());
        Assert.True(caller.CanReadComparison);
    }

    [Fact]
    public void ThePrincipalsObjectIdIsTheCallersId()
    {
        var caller = Development.Authenticate(With(ClientPrincipal.Encode("Li Wei", [Roles.AlertResponderOf("A1")], id: "4f1c0d7e-8a51-4d7b-9a0e-2b6f3c1d9e88")));

        Assert.Equal(("Li Wei", "4f1c0d7e-8a51-4d7b-9a0e-2b6f3c1d9e88"), (caller.Name, caller.Id));
    }

    [Fact]
    public void AnonymousEndpointsKnowASignedInCallerOnlyWhereAuthenticationCanBeTrusted()
    {
        var principal = With(ClientPrincipal.Encode("pv", [Roles.ProvinceViewer]));
        var untrusted = new Authentication(new AuthEnvironment(AuthMode.Unset, null, true, false), new FixedCatalogProvider(TestCatalog.Create()));

        Assert.True(Development.Optional(principal).IsSignedIn);
        Assert.Equal(Caller.Anonymous, Development.Optional(With(null)));
        Assert.Equal(Caller.Anonymous, Development.Optional(With(" ")));
        Assert.Equal(Caller.Anonymous, Development.Optional(With("not a principal")));
        Assert.Equal(Caller.Anonymous, untrusted.Optional(principal));
    }
}
