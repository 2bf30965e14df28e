using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Scorecards;

/// <summary>GET /api/regions/{code}/history?indicator=&amp;from=&amp;to=.</summary>
public sealed class GetRegionHistory(HistoryEndpoint endpoints)
{
    [Function(nameof(GetRegionHistory))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.RegionHistoryTemplate)] HttpRequest request, string code) =>
        request.AnswerAsync((api, token) => endpoints.HistoryAsync(api, code, token));
}
