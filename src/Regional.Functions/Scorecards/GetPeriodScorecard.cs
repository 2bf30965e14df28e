using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Scorecards;

/// <summary>GET /api/periods/{period}/scorecard.</summary>
public sealed class GetPeriodScorecard(ScorecardEndpoints endpoints)
{
    [Function(nameof(GetPeriodScorecard))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.PeriodScorecardTemplate)] HttpRequest request, string period) =>
        request.AnswerAsync((api, token) => endpoints.PeriodScorecardAsync(api, period, token));
}
