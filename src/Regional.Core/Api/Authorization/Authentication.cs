using Regional.Api.Http;
using Regional.Pipeline;

namespace Regional.Api.Authorization;

/// <summary>
/// Turns a request into a <see cref="Caller"/>, or refuses it: 503 <c>authentication-not-configured</c> when the
/// environment cannot be trusted (see <see cref="AuthEnvironment.Refusal"/>), 401 <c>invalid-principal</c> for a
/// principal header that cannot be read, an empty one included. A request without the header passed the host's
/// function-key check (every protected trigger is <c>AuthorizationLevel.Function</c>), so it is a machine client with
/// province-viewer rights. Regional roles are read against the catalog: a code it does not have grants nothing.
/// </summary>
public sealed class Authentication(AuthEnvironment environment, ICatalogProvider catalogs)
{
    public AuthEnvironment Environment { get; } = environment;

    public Caller Authenticate(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Environment.Refusal() is { } refusal)
        {
            throw ApiProblemException.Of(503, ApiProblemCodes.AuthenticationNotConfigured, refusal);
        }

        var header = request.Header(ClientPrincipal.Header);
        if (header is null)
        {
            return Caller.FunctionKey;
        }

        if (string.IsNullOrWhiteSpace(header))
        {
            throw ApiProblemException.Of(401, ApiProblemCodes.InvalidPrincipal, $"the {ClientPrincipal.Header} header is present but empty");
        }

        if (!ClientPrincipal.TryParse(header, out var principal, out var error))
        {
            throw ApiProblemException.Of(401, ApiProblemCodes.InvalidPrincipal, error);
        }

        return Caller.From(principal!, catalogs.Catalog);
    }

    /// <summary>
    /// The signed-in caller of an anonymous endpoint, when there is one the environment can vouch for; otherwise
    /// <see cref="Caller.Anonymous"/>. Anonymous endpoints are open to everyone, so nothing here is ever refused.
    /// </summary>
    public Caller Optional(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Environment.Refusal() is null
            && request.Header(ClientPrincipal.Header) is { } header
            && !string.IsNullOrWhiteSpace(header)
            && ClientPrincipal.TryParse(header, out var principal, out _)
                ? Caller.From(principal!, catalogs.Catalog)
                : Caller.Anonymous;
    }
}
