using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Submissions;

/// <summary>GET /api/submissions/{id}.</summary>
public sealed class GetSubmission(SubmissionEndpoints endpoints)
{
    [Function(nameof(GetSubmission))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.SubmissionTemplate)] HttpRequest request, string id) =>
        request.AnswerAsync((api, token) => endpoints.GetAsync(api, id, token));
}
