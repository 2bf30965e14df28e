using System.Collections.Immutable;

namespace Regional.Api.Routes;

/// <summary>
/// One HTTP endpoint: the function that serves it, its method and route template (without the <c>api/</c> prefix),
/// who may call it, its parameters, what it consumes and produces, the statuses it answers, and whether it answers
/// If-None-Match with 304. The OpenAPI document
/// is generated from these, and a test holds them equal to the functions the host binds.
/// </summary>
public sealed record ApiRoute(
    string Function,
    string Method,
    string Template,
    string Tag,
    string Summary,
    RouteAccess Access,
    ImmutableArray<ApiParameter> PathParameters,
    ImmutableArray<ApiParameter> QueryParameters,
    int SuccessStatus,
    Type? ResponseType,
    ImmutableArray<string> Produces,
    ImmutableArray<string> Consumes,
    ImmutableArray<int> ProblemStatuses,
    bool Conditional = false)
{
    public string Path => "/api/" + Template;

    public ApiParameter? Query(string name) => QueryParameters.FirstOrDefault(p => p.Name == name);
}
