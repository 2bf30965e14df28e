using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Regional.Api.Http;
using Regional.Api.Routes;
using Regional.Functions.Alerts;
using Regional.Functions.Catalog;
using Regional.Functions.Dashboard;
using Regional.Functions.Health;
using Regional.Functions.Http;
using Regional.Functions.OpenApi;
using Regional.Functions.Scorecards;
using Regional.Functions.Submissions;

namespace Regional.Functions.Tests.Api;

/// <summary>
/// Calls the HTTP functions the way the host does: the path is matched against the route templates, route values are
/// decoded and handed to the function's method, and the request carries the headers, query and body given.
/// </summary>
internal sealed class ApiClient(FunctionsApp app)
{
    /// <summary>Where the Functions app serves the dashboard's files (route <see cref="DashboardFunction.Route"/>).</summary>
    public const string DashboardPath = "/api/dashboard/";

    public Task<ApiResponse> Get(string pathAndQuery, string? principal = null, params (string Name, string Value)[] headers) =>
        Send("GET", pathAndQuery, principal, null, null, headers);

    public Task<ApiResponse> Post(string pathAndQuery, string? principal, string? contentType, byte[] body, params (string Name, string Value)[] headers) =>
        Send("POST", pathAndQuery, principal, contentType, body, headers);

    public Task<ApiResponse> Post(string pathAndQuery, string? principal, string? contentType, string body) =>
        Post(pathAndQuery, principal, contentType, Encoding.UTF8.GetBytes(body));

    public async Task<ApiResponse> Send(string method, string pathAndQuery, string? principal, string? contentType, byte[]? body, params (string Name, string Value)[] headers)
    {
        var (path, query) = pathAndQuery.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? (pathAndQuery[..q], pathAndQuery[q..]) : (pathAndQuery, string.Empty);
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = method;
        request.Path = new PathString(path);
        request.QueryString = new QueryString(query);
        if (principal is not null)
        {
            request.Headers["X-MS-CLIENT-PRINCIPAL"] = principal;
        }

        foreach (var (name, value) in headers.Where(h => h.Name != "Content-Length"))
        {
            request.Headers[name] = value;
        }

        if (contentType is not null)
        {
            request.ContentType = contentType;
        }

        request.Body = new MemoryStream(body ?? []);

        // A Content-Length header given by the test (even empty: none declared) wins over the body's length.
        request.ContentLength = headers.Any(h => h.Name == "Content-Length") ? null : body?.Length;
        if (path.StartsWith(DashboardPath, StringComparison.Ordinal))
        {
            return Assert.IsType<ApiResult>(app.Function<DashboardFunction>().Run(request, Uri.UnescapeDataString(path[DashboardPath.Length..]))).Response;
        }

        var (route, values) = Match(method, path);
        var result = await Invoke(route, values, request);
        return Assert.IsType<ApiResult>(result).Response;
    }

    public static (ApiRoute Route, Dictionary<string, string> Values) Match(string method, string path)
    {
        Assert.StartsWith("/api/", path, StringComparison.Ordinal);
        var segments = path["/api/".Length..].Split('/');
        foreach (var route in ApiRoutes.All.Where(r => r.Method == method))
        {
            var template = route.Template.Split('/');
            if (template.Length != segments.Length)
            {
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var matched = true;
            for (var i = 0; i < template.Length && matched; i++)
            {
                if (template[i].StartsWith('{'))
                {
                    values[template[i].Trim('{', '}')] = Uri.UnescapeDataString(segments[i]);
                }
                else
                {
                    matched = string.Equals(template[i], segments[i], StringComparison.OrdinalIgnoreCase);
                }
            }

            if (matched && values.Values.All(v => v.Length > 0))
            {
                return (route, values);
            }
        }

        throw new InvalidOperationException($"the host routes no function for {method} {path}");
    }

    private Task<IActionResult> Invoke(ApiRoute route, Dictionary<string, string> v, HttpRequest request) => route.Function switch
    {
        nameof(ListRegions) => app.Function<ListRegions>().Run(request),
        nameof(ListIndicators) => app.Function<ListIndicators>().Run(request),
        nameof(GetTargets) => app.Function<GetTargets>().Run(request, v["year"]),
        nameof(GetPeriodScorecard) => app.Function<GetPeriodScorecard>().Run(request, v["period"]),
        nameof(GetRanking) => app.Function<GetRanking>().Run(request, v["period"], v["indicator"]),
        nameof(GetRegionScorecard) => app.Function<GetRegionScorecard>().Run(request, v["code"], v["period"]),
        nameof(GetRegionHistory) => app.Function<GetRegionHistory>().Run(request, v["code"]),
        nameof(PostSubmission) => app.Function<PostSubmission>().Run(request),
        nameof(GetSubmission) => app.Function<GetSubmission>().Run(request, v["id"]),
        nameof(GetTemplate) => app.Function<GetTemplate>().Run(request, v["period"]),
        nameof(ListAlerts) => app.Function<ListAlerts>().Run(request),
        nameof(GetAlert) => app.Function<GetAlert>().Run(request, v["id"]),
        nameof(AcknowledgeAlert) => app.Function<AcknowledgeAlert>().Run(request, v["id"]),
        nameof(CloseAlert) => app.Function<CloseAlert>().Run(request, v["id"]),
        nameof(ListSilences) => app.Function<ListSilences>().Run(request),
        nameof(AddSilence) => app.Function<AddSilence>().Run(request),
        nameof(GetCaller) => app.Function<GetCaller>().Run(request),
        "Health" => app.Function<HealthFunction>().Run(request),
        nameof(GetOpenApi) => app.Function<GetOpenApi>().Run(request),
        _ => throw new InvalidOperationException($"the test client does not know function {route.Function}"),
    };
}
