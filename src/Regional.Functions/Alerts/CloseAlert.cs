using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Alerts;

/// <summary>POST /api/alerts/{id}/close.</summary>
public sealed class CloseAlert(AlertEndpoints endpoints)
{
    [Function(nameof(CloseAlert))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.CloseTemplate)] HttpRequest request, string id) =>
        request.AnswerAsync((api, token) => endpoints.CloseAsync(api, id, token));
}
