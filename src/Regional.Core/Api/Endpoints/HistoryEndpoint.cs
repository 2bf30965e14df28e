using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Api.Routes;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Api.Endpoints;

/// <summary>One region's figures of one indicator over a range of periods, every vintage, oldest period first.</summary>
public sealed class HistoryEndpoint(ICatalogProvider catalogs, IObservationStore observations, ApiGate gate)
{
    /// <summary>The longest range one call reads; a dashboard pages through longer ones.</summary>
    public const int MaxYears = 20;

    public Task<ApiResponse> HistoryAsync(ApiRequest request, string? code, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.RegionHistory, request, async (call, token) =>
        {
            var catalog = catalogs.Catalog;
            var region = ApiInputs.Region(catalog, code);
            var indicator = ApiInputs.Indicator(catalog, call.Query("indicator"), inPath: false);
            var from = ApiInputs.Period(call.Query("from"), "from");
            var to = ApiInputs.Period(call.Query("to"), "to");
            if (from > to)
            {
                throw ApiProblemException.Of(400, ApiProblemCodes.InvalidRange, $"from ({from}) is after to ({to})");
            }

            if (to.Year - from.Year > MaxYears)
            {
                throw ApiProblemException.Of(400, ApiProblemCodes.InvalidRange, $"the range {from} to {to} is longer than {MaxYears} years");
            }

            var stored = await observations.ReadHistoryAsync(catalog.Info.Id, region.Code, indicator.Id, from, to, token).ConfigureAwait(false);
            var latest = stored
                .GroupBy(s => s.Observation.Period)
                .ToDictionary(g => g.Key, g => g.Max(s => s.Observation.Vintage));
            var points = stored
                .OrderBy(s => s.Observation.Period)
                .ThenBy(s => s.Observation.Vintage)
                .Select(s => new HistoryPoint(
                    s.Observation.Period,
                    s.Observation.Value,
                    s.Observation.Vintage,
                    latest[s.Observation.Period] == s.Observation.Vintage,
                    s.Observation.Status,
                    s.Observation.Basis,
                    s.Observation.Source,
                    s.SubmissionId,
                    s.RecordedAt));
            return ApiResponse.Ok(new HistoryView(region.Code, indicator.Id, indicator.Unit, from, to, [.. points]));
        }, cancellationToken);
}
