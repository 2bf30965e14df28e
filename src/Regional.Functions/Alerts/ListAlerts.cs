using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Alerts;

/// <summary>GET /api/alerts?status=&amp;severity=&amp;region=&amp;period=&amp;continuationToken=.</summary>
public sealed class ListAlerts(AlertEndpoints endpoints)
{
    [Function(nameof(ListAlerts))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.AlertsTemplate)] HttpRequest request) =>
        request.AnswerAsync((api, token) => endpoints.ListAsync(api, token));
}
