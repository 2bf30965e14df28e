using Regional.Api.Authorization;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Api.Routes;

namespace Regional.Api.Endpoints;

/// <summary>GET /api/me: the caller as the gate admitted it, with the roles the API knows and the authentication mode.</summary>
public sealed class CallerEndpoint(Authentication authentication, ApiGate gate)
{
    public Task<ApiResponse> MeAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Me, request, (call, _) =>
            Task.FromResult(ApiResponse.Ok(CallerView.Of(call.Caller, authentication.Environment.Mode)).WithHeader("Cache-Control", "private, no-store")), cancellationToken);
}
