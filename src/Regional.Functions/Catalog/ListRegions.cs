using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Catalog;

/// <summary>GET /api/regions.</summary>
public sealed class ListRegions(CatalogEndpoints endpoints)
{
    [Function(nameof(ListRegions))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.RegionsTemplate)] HttpRequest request) =>
        request.AnswerAsync((api, token) => endpoints.RegionsAsync(api, token));
}
