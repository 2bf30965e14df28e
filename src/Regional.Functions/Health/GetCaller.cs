using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Health;

/// <summary>GET /api/me: the caller as the API sees it.</summary>
public sealed class GetCaller(CallerEndpoint endpoint)
{
    [Function(nameof(GetCaller))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.MeTemplate)] HttpRequest request) =>
        request.AnswerAsync((api, token) => endpoint.MeAsync(api, token));
}
