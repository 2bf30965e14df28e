using Regional.Api.Authorization;
using Regional.Api.Http;
using Regional.Api.Routes;

namespace Regional.Api;

/// <summary>A request the gate let through: the caller is known and the query holds only the route's parameters, once each.</summary>
public sealed record ApiCall(ApiRequest Request, Caller Caller, ApiRoute Route)
{
    public string? Query(string name) =>
        Request.Query.TryGetValue(name, out var values) && values.Length > 0 ? values[0] : null;

    public string? Header(string name) => Request.Header(name);

    public static ApiProblemException Forbidden(string detail) => ApiProblemException.Of(403, ApiProblemCodes.Forbidden, detail);
}
