using Microsoft.Extensions.Logging.Abstractions;
using Regional.Api;
using Regional.Api.Authorization;
using Regional.Api.Http;
using Regional.Api.Routes;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Core.Tests.Api;

public class ApiGateTests
{
    private static readonly ApiGate Gate = new(
        new Authentication(new AuthEnvironment(AuthMode.Development, "Development", false, false), new FixedCatalogProvider(TestCatalog.Create())),
        NullLogger<ApiGate>.Instance);

    private static ApiRequest Responder => ApiRequest.Get(
        "/api/alerts/A1.growth-target.gdp_growth.2025-Q3/acknowledge",
        [KeyValuePair.Create(ClientPrincipal.Header, ClientPrincipal.Encode("a1", [Roles.AlertResponderOf("A1")]))]);

    [Fact]
    public async Task ARaceLostOnEveryRetryIsA409ConflictWithRetryAfterAndNeverEscapes()
    {
        var response = await Gate.RunAsync(ApiRoutes.Acknowledge, Responder, (_, _) => throw new ConcurrencyConflictException("the alert response changed"));

        Assert.Equal((409, MediaTypes.Problem), (response.Status, response.ContentType));
        var problem = response.Read<Problem>();
        Assert.Equal(ApiProblemCodes.Conflict, problem.Code);
        Assert.Equal(Responder.Path, problem.Instance);
        Assert.Equal(ApiGate.RetryAfterConflictSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Header("Retry-After"));
    }

    [Fact]
    public async Task ProblemsCarryTheHeadersTheyWereRaisedWith()
    {
        var response = await Gate.RunAsync(ApiRoutes.Acknowledge, Responder, (_, _) =>
            throw ApiProblemException.Of(412, ApiProblemCodes.PreconditionFailed, "stale").WithHeader("ETag", "\"v2\""));

        Assert.Equal((412, "\"v2\""), (response.Status, response.Header("ETag")));
    }
}
