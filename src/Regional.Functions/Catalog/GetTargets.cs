using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Catalog;

/// <summary>GET /api/catalog/targets/{year}.</summary>
public sealed class GetTargets(CatalogEndpoints endpoints)
{
    [Function(nameof(GetTargets))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.TargetsTemplate)] HttpRequest request, string year) =>
        request.AnswerAsync((api, token) => endpoints.TargetsAsync(api, year, token));
}
