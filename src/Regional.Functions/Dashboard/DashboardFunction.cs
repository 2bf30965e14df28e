using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regional.Functions.Http;
using Regional.Web;

namespace Regional.Functions.Dashboard;

/// <summary>
/// GET /api/dashboard/{file}: the dashboard's pages and assets. Anonymous at the function level: in Azure, App Service
/// Authentication signs the browser in before the request reaches the app, as for every other path it does not exclude.
/// </summary>
public sealed class DashboardFunction
{
    public const string Route = "dashboard/{*file}";

    [Function("Dashboard")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request, string? file)
    {
        ArgumentNullException.ThrowIfNull(request);

        // The pages link to their assets relatively, so the folder is always addressed with its slash.
        if (string.IsNullOrEmpty(file) && !(request.Path.Value ?? string.Empty).EndsWith('/'))
        {
            return new RedirectResult(request.Path.Value + "/" + request.QueryString, permanent: true);
        }

        return new ApiResult(DashboardFiles.Answer(request.ToApi(), file));
    }
}
