using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Scorecards;

/// <summary>GET /api/periods/{period}/rankings/{indicator}.</summary>
public sealed class GetRanking(ScorecardEndpoints endpoints)
{
    [Function(nameof(GetRanking))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.RankingTemplate)] HttpRequest request, string period, string indicator) =>
        request.AnswerAsync((api, token) => endpoints.RankingAsync(api, period, indicator, token));
}
