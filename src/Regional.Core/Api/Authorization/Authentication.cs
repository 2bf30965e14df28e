using Regional.Api.Http;

namespace Regional.Api.Authorization;

/// <summary>
/// Turns a request into a <see cref="Caller"/>, or refuses it: 503 <c>authentication-not-configured</c> when the
/// environment cannot be trusted (see <see cref="AuthEnvironment.Refusal"/>), 401 <c>invalid-principal</c> for a
/// principal header that cannot be read. A request without a principal passed the host's function-key check (every
/// protected trigger is <c>AuthorizationLevel.Function</c>), so it is a machine client with province-viewer rights.
/// </summary>
public sealed class Authentication(AuthEnvironment environment)
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
        if (string.IsNullOrWhiteSpace(header))
        {
            return Caller.FunctionKey;
        }

        if (!ClientPrincipal.TryParse(header, out var principal, out var error))
        {
            throw ApiProblemException.Of(401, ApiProblemCodes.InvalidPrincipal, error);
        }

        return Caller.From(principal!);
    }
}
