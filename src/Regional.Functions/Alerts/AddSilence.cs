using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Alerts;

/// <summary>POST /api/silences.</summary>
public sealed class AddSilence(SilenceEndpoints endpoints)
{
    [Function(nameof(AddSilence))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.SilencesTemplate)] HttpRequest request) =>
        request.AnswerAsync((api, token) => endpoints.AddAsync(api, token));
}
