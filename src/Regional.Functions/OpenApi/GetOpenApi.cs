using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.OpenApi;

/// <summary>GET /api/openapi.json, anonymous.</summary>
public sealed class GetOpenApi(OpenApiEndpoint endpoints)
{
    [Function(nameof(GetOpenApi))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.OpenApiTemplate)] HttpRequest request) =>
        request.AnswerAsync((api, token) => endpoints.DocumentAsync(api, token));
}
