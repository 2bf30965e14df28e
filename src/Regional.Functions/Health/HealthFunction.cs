using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Routes;
using Regional.Azure.Api;
using Regional.Functions.Http;

namespace Regional.Functions.Health;

/// <summary>GET /api/health, anonymous: storage, last ingestion and evaluation, queue depths.</summary>
public sealed class HealthFunction(HealthEndpoint endpoint)
{
    [Function("Health")]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.HealthTemplate)] HttpRequest request) =>
        request.AnswerAsync((api, token) => endpoint.CheckAsync(api, token));
}
