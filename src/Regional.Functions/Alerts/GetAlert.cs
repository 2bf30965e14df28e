using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Alerts;

/// <summary>GET /api/alerts/{id} with its history.</summary>
public sealed class GetAlert(AlertEndpoints endpoints)
{
    [Function(nameof(GetAlert))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.AlertTemplate)] HttpRequest request, string id) =>
        request.AnswerAsync((api, token) => endpoints.GetAsync(api, id, token));
}
