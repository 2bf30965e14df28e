using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Submissions;

/// <summary>POST /api/submissions: archive, queue, 202 with the status location.</summary>
public sealed class PostSubmission(SubmissionEndpoints endpoints)
{
    [Function(nameof(PostSubmission))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.SubmissionsTemplate)] HttpRequest request) =>
        request.AnswerAsync((api, token) => endpoints.PostAsync(api, token));
}
