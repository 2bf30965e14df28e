using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Catalog;

/// <summary>GET /api/indicators.</summary>
public sealed class ListIndicators(CatalogEndpoints endpoints)
{
    [Function(nameof(ListIndicators))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.IndicatorsTemplate)] HttpRequest request) =>
        request.AnswerAsync((api, token) => endpoints.IndicatorsAsync(api, token));
}
