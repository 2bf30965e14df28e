using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regional.Api.Routes;
using Regional.Azure.Api;

namespace Regional.Web;

/// <summary>
/// Binds the route table to ASP.NET Core endpoint routing: every route of <see cref="ApiRoutes.All"/> at its path and
/// method, answered by <see cref="ApiHandlers"/>, and the dashboard at the root. No rule lives here.
/// </summary>
public static class RegionalEndpoints
{
    public static IEndpointRouteBuilder MapRegionalApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handlers = endpoints.ServiceProvider.GetRequiredService<ApiHandlers>();
        foreach (var route in ApiRoutes.All)
        {
            if (!handlers.Answers(route))
            {
                throw new InvalidOperationException($"The route {route.Method} {route.Path} ({route.Function}) has no service bound in {nameof(ApiHandlers)}.");
            }

            endpoints.MapMethods(route.Path, [route.Method], context => AnswerAsync(context, route, handlers)).WithName(route.Function);
        }

        return endpoints;
    }

    /// <summary>The dashboard's pages at the root and its assets under <c>/assets/</c>.</summary>
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/{**file}", context =>
            context.Response.WriteAsync(DashboardFiles.Answer(context.Request.ToApi(), context.Request.RouteValues["file"] as string), context.RequestAborted));
        return endpoints;
    }

    private static async Task AnswerAsync(HttpContext context, ApiRoute route, ApiHandlers handlers)
    {
        var values = context.Request.RouteValues;
        var response = await handlers.AnswerAsync(route, context.Request.ToApi(), name => values.TryGetValue(name, out var value) ? value as string : null, context.RequestAborted)
            .ConfigureAwait(false);
        await context.Response.WriteAsync(response, context.RequestAborted).ConfigureAwait(false);
    }
}
