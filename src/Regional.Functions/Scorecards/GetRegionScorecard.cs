using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Scorecards;

/// <summary>GET /api/regions/{code}/scorecard/{period}.</summary>
public sealed class GetRegionScorecard(ScorecardEndpoints endpoints)
{
    [Function(nameof(GetRegionScorecard))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.RegionScorecardTemplate)] HttpRequest request, string code, string period) =>
        request.AnswerAsync((api, token) => endpoints.RegionScorecardAsync(api, code, period, token));
}
