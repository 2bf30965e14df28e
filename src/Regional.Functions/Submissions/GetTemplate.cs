using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Api.Endpoints;
using Regional.Api.Routes;
using Regional.Functions.Http;

namespace Regional.Functions.Submissions;

/// <summary>GET /api/templates/{period}[?region=R,R]: the Excel reporting template.</summary>
public sealed class GetTemplate(TemplateEndpoints endpoints)
{
    [Function(nameof(GetTemplate))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.ReportingTemplateTemplate)] HttpRequest request, string period) =>
        request.AnswerAsync((api, token) => endpoints.TemplateAsync(api, period, token));
}
