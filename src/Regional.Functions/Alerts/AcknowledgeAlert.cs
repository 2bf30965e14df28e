using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Alerts;

/// <summary>POST /api/alerts/{id}/acknowledge.</summary>
public sealed class AcknowledgeAlert(AlertEndpoints endpoints)
{
    [Function(nameof(AcknowledgeAlert))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.AcknowledgeTemplate)] HttpRequest request, string id) =>
        request.AnswerAsync((api, token) => endpoints.AcknowledgeAsync(api, id, token));
}
