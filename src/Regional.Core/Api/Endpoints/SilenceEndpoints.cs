using Regional.Alerts.Lifecycle;
using Regional.Alerts.Silences;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Api.Routes;

namespace Regional.Api.Endpoints;

/// <summary>
/// Silences: administrators add them; administrators and province viewers list them (a silence spans regions, so a
/// regional role does not see them).
/// </summary>
public sealed class SilenceEndpoints(SilenceService silences, TimeProvider clock, ApiGate gate)
{
    /// <summary>The longest silence one request may add: a quarter and a little more.</summary>
    public const double MaxHours = 100 * 24;

    public Task<ApiResponse> ListAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Silences, request, async (call, token) =>
        {
            if (!call.Caller.SeesEveryRegion)
            {
                throw ApiCall.Forbidden($"{call.Caller.Describe()} may not list silences (province-viewer or administrator)");
            }

            var now = clock.GetUtcNow();
            var listed = await silences.ListAsync(token).ConfigureAwait(false);
            return ApiResponse.Ok(new SilenceList([.. listed.OrderByDescending(s => s.CreatedAt).Select(s => SilenceView.Of(s, now))]));
        }, cancellationToken);

    public Task<ApiResponse> AddAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.AddSilence, request, async (call, token) =>
        {
            if (!call.Caller.IsAdministrator)
            {
                throw ApiCall.Forbidden($"{call.Caller.Describe()} may not add silences (administrator); nothing was changed");
            }

            var body = await ApiBodies.ReadJsonAsync<SilenceRequest>(call.Request, token).ConfigureAwait(false);
            if (body.Hours is not { } hours || !double.IsFinite(hours) || hours <= 0 || hours > MaxHours)
            {
                throw Invalid($"hours must be a number above 0 and at most {MaxHours}", "hours");
            }

            if (body.Reason is { Length: > 2000 } || new[] { body.Region, body.Rule, body.Indicator }.Any(v => v is { Length: > 64 }))
            {
                throw Invalid("region, rule and indicator are at most 64 characters and the reason at most 2000", null);
            }

            var matcher = new SilenceMatcher(body.Region?.Trim() ?? string.Empty, body.Rule?.Trim() ?? string.Empty, body.Indicator?.Trim() ?? string.Empty, body.Severity);
            var author = new AlertActor(call.Caller.Name ?? call.Caller.Id ?? string.Empty, call.Caller.Id);
            var decision = await silences.AddAsync(matcher, TimeSpan.FromHours(hours), author, body.Reason ?? string.Empty, token).ConfigureAwait(false);
            if (!decision.Accepted)
            {
                throw ApiProblemException.Of(422, ApiProblemCodes.InvalidSilence, "the silence was not added: " + string.Join("; ", decision.Problems), decision.Problems.Select(p => new ProblemError(ApiProblemCodes.InvalidSilence, p)));
            }

            return ApiResponse.Json(201, SilenceView.Of(decision.Silence!, clock.GetUtcNow()));
        }, cancellationToken);

    private static ApiProblemException Invalid(string reason, string? field) =>
        ApiProblemException.Of(422, ApiProblemCodes.InvalidSilence, $"the silence was not added: {reason}", [new ProblemError(ApiProblemCodes.InvalidSilence, reason, Field: field)]);
}
