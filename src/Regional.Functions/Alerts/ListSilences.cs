using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Alerts;

/// <summary>GET /api/silences.</summary>
public sealed class ListSilences(SilenceEndpoints endpoints)
{
    [Function(nameof(ListSilences))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.SilencesTemplate)] HttpRequest request) =>
        request.AnswerAsync((api, token) => endpoints.ListAsync(api, token));
}
