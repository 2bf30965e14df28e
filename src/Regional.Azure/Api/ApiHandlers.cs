using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Regional.Api.Endpoints;
using Regional.Api.Http;
using Regional.Api.Routes;

namespace Regional.Azure.Api;

/// <summary>
/// Every route of <see cref="ApiRoutes.All"/> bound to its endpoint service, for a host that routes requests itself
/// (the Kestrel host of <c>regional serve</c>). The Functions app binds the same services in its function classes; a
/// test drives both with the same requests. The rules (authentication, parameters, ETags, problems) are the services'.
/// </summary>
public sealed class ApiHandlers(
    CatalogEndpoints catalog,
    ScorecardEndpoints scorecards,
    HistoryEndpoint history,
    SubmissionEndpoints submissions,
    TemplateEndpoints templates,
    AlertEndpoints alerts,
    SilenceEndpoints silences,
    CallerEndpoint caller,
    HealthEndpoint health,
    OpenApiEndpoint openApi,
    ILogger<ApiHandlers>? logger = null)
{
    private delegate Task<ApiResponse> Handler(ApiRequest request, Func<string, string?> value, CancellationToken cancellationToken);

    /// <summary>The functions this table answers, by name (the route table's <see cref="ApiRoute.Function"/>).</summary>
    public ImmutableArray<string> Functions => [.. Table.Keys.Order(StringComparer.Ordinal)];

    private ImmutableDictionary<string, Handler> Table => field ??= new Dictionary<string, Handler>(StringComparer.Ordinal)
    {
        [ApiRoutes.Regions.Function] = (r, _, t) => catalog.RegionsAsync(r, t),
        [ApiRoutes.Indicators.Function] = (r, _, t) => catalog.IndicatorsAsync(r, t),
        [ApiRoutes.Targets.Function] = (r, v, t) => catalog.TargetsAsync(r, v("year"), t),
        [ApiRoutes.PeriodScorecard.Function] = (r, v, t) => scorecards.PeriodScorecardAsync(r, v("period"), t),
        [ApiRoutes.Ranking.Function] = (r, v, t) => scorecards.RankingAsync(r, v("period"), v("indicator"), t),
        [ApiRoutes.RegionScorecard.Function] = (r, v, t) => scorecards.RegionScorecardAsync(r, v("code"), v("period"), t),
        [ApiRoutes.RegionHistory.Function] = (r, v, t) => history.HistoryAsync(r, v("code"), t),
        [ApiRoutes.PostSubmission.Function] = (r, _, t) => submissions.PostAsync(r, t),
        [ApiRoutes.ReportingTemplate.Function] = (r, v, t) => templates.TemplateAsync(r, v("period"), t),
        [ApiRoutes.Submission.Function] = (r, v, t) => submissions.GetAsync(r, v("id"), t),
        [ApiRoutes.Alerts.Function] = (r, _, t) => alerts.ListAsync(r, t),
        [ApiRoutes.Alert.Function] = (r, v, t) => alerts.GetAsync(r, v("id"), t),
        [ApiRoutes.Acknowledge.Function] = (r, v, t) => alerts.AcknowledgeAsync(r, v("id"), t),
        [ApiRoutes.Close.Function] = (r, v, t) => alerts.CloseAsync(r, v("id"), t),
        [ApiRoutes.Silences.Function] = (r, _, t) => silences.ListAsync(r, t),
        [ApiRoutes.AddSilence.Function] = (r, _, t) => silences.AddAsync(r, t),
        [ApiRoutes.Me.Function] = (r, _, t) => caller.MeAsync(r, t),
        [ApiRoutes.Health.Function] = (r, _, t) => health.CheckAsync(r, t),
        [ApiRoutes.OpenApi.Function] = (r, _, t) => openApi.DocumentAsync(r, t),
    }.ToImmutableDictionary(StringComparer.Ordinal);

    public bool Answers(ApiRoute route) => Table.ContainsKey(route?.Function ?? string.Empty);

    /// <summary>Answers a request of <paramref name="route"/> with its path values (undecoded by the service, as the host gives them).</summary>
    public Task<ApiResponse> AnswerAsync(ApiRoute route, ApiRequest request, Func<string, string?> pathValue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pathValue);
        if (!Table.TryGetValue(route.Function, out var handler))
        {
            throw new InvalidOperationException($"No service is bound to the route {route.Method} {route.Path} ({route.Function}).");
        }

        return StorageOutage.GuardAsync(request, () => handler(request, pathValue, cancellationToken), logger);
    }
}
