using System.Globalization;
using Microsoft.Extensions.Logging;
using Regional.Api.Authorization;
using Regional.Api.Http;
using Regional.Api.Routes;
using Regional.Storage;

namespace Regional.Api;

/// <summary>
/// What every endpoint goes through before its own work: the caller is authenticated (refused when the environment
/// cannot be trusted), the Accept header must allow one of the route's media types, the query may hold only the
/// route's parameters, each once. Problems raised anywhere in the handler become RFC 9457 answers, and so does a write
/// that kept losing its race after the retries (409 <c>conflict</c> with Retry-After): a race is never a 5xx.
/// </summary>
public sealed partial class ApiGate(Authentication authentication, ILogger<ApiGate> logger)
{
    /// <summary>Seconds a caller that lost a race is asked to wait before sending again.</summary>
    public const int RetryAfterConflictSeconds = 1;

    public async Task<ApiResponse> RunAsync(
        ApiRoute route,
        ApiRequest request,
        Func<ApiCall, CancellationToken, Task<ApiResponse>> handle,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handle);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Function"] = route.Function, ["Path"] = request.Path });
        try
        {
            var caller = Admit(route, request);
            if (!route.Produces.Any(p => MediaTypes.Accepts(request.Header("Accept"), p)))
            {
                throw ApiProblemException.Of(406, ApiProblemCodes.NotAcceptable, $"this endpoint produces {string.Join(" or ", route.Produces.Select(MediaTypes.Bare))}");
            }

            CheckQuery(route, request);
            return await handle(new ApiCall(request, caller, route), cancellationToken).ConfigureAwait(false);
        }
        catch (ApiProblemException ex)
        {
            return Answer(route, request, ex);
        }
        catch (ConcurrencyConflictException)
        {
            var conflict = ApiProblemException.Of(409, ApiProblemCodes.Conflict, "others changed the same record at the same moment, again after every retry; nothing of this request was written, send it again")
                .WithHeader("Retry-After", RetryAfterConflictSeconds.ToString(CultureInfo.InvariantCulture));
            return Answer(route, request, conflict);
        }
    }

    private ApiResponse Answer(ApiRoute route, ApiRequest request, ApiProblemException ex)
    {
        LogProblem(logger, route.Function, ex.Problem.Status, ex.Problem.Code);
        var response = (ex.Problem with { Instance = request.Path }).ToResponse();
        foreach (var (name, value) in ex.Headers)
        {
            response = response.WithHeader(name, value);
        }

        return ex.Problem.Status == 401 ? response.WithHeader("WWW-Authenticate", "Bearer") : response;
    }

    private Caller Admit(ApiRoute route, ApiRequest request)
    {
        if (route.Access == RouteAccess.Anonymous)
        {
            return authentication.Optional(request);
        }

        var caller = authentication.Authenticate(request);
        if (!caller.CanReadComparison)
        {
            throw ApiCall.Forbidden($"{caller.Describe()} holds none of the API's roles");
        }

        return caller;
    }

    private static void CheckQuery(ApiRoute route, ApiRequest request)
    {
        foreach (var (name, values) in request.Query)
        {
            if (route.Query(name) is null)
            {
                var known = route.QueryParameters.IsEmpty ? "none" : string.Join(", ", route.QueryParameters.Select(p => p.Name));
                throw ApiProblemException.Of(400, ApiProblemCodes.UnknownParameter, $"query parameter '{ApiInputs.Shown(name)}' is not one of this endpoint's ({known})");
            }

            if (values.Length > 1)
            {
                throw ApiProblemException.Of(400, ApiProblemCodes.RepeatedParameter, $"query parameter '{name}' is given {values.Length} times");
            }
        }

        foreach (var parameter in route.QueryParameters)
        {
            var value = request.Query.TryGetValue(parameter.Name, out var values) ? values.FirstOrDefault() : null;
            if (parameter.Required && string.IsNullOrEmpty(value))
            {
                throw ApiProblemException.Of(400, ApiProblemCodes.MissingParameter, $"query parameter '{parameter.Name}' is required: {parameter.Description}");
            }

            if (value is not null && !parameter.Values.IsDefaultOrEmpty && !parameter.Values.Contains(value, StringComparer.Ordinal))
            {
                throw ApiProblemException.Of(400, ApiProblemCodes.InvalidParameter, $"query parameter '{parameter.Name}' must be one of {string.Join(", ", parameter.Values)}");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Function} answered {Status} {Code}")]
    private static partial void LogProblem(ILogger logger, string function, int status, string code);
}
