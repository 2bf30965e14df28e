using Regional.Api.Http;
using Regional.Api.OpenApi;
using Regional.Api.Routes;

namespace Regional.Api.Endpoints;

/// <summary>GET /api/openapi.json: the document generated from the route table (anonymous, like the health probe).</summary>
public sealed class OpenApiEndpoint(ApiGate gate)
{
    public Task<ApiResponse> DocumentAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.OpenApi, request, (_, _) =>
            Task.FromResult(new ApiResponse(200, MediaTypes.Json, OpenApiDocument.Utf8, ApiResponse.NoHeaders)
                .WithHeader("Cache-Control", "public, max-age=300")), cancellationToken);
}
