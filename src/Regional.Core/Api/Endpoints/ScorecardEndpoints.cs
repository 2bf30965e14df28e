using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Api.Routes;
using Regional.Catalogs;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Api.Endpoints;

/// <summary>
/// The published comparison of an evaluated period: the scorecard of every region (JSON or CSV), one indicator's
/// ranking, one region's scorecard. Each answer carries an ETag from the period's stored version; a matching
/// If-None-Match is answered 304 after one point read.
/// </summary>
public sealed class ScorecardEndpoints(ICatalogProvider catalogs, IEvaluationStore evaluations, IObservationStore observations, IAlertStore alerts, ApiGate gate)
{
    /// <summary>Responses may be kept by the client only, and must be revalidated (cheap with the ETag).</summary>
    private const string CacheControl = "private, no-cache";

    public Task<ApiResponse> PeriodScorecardAsync(ApiRequest request, string? period, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.PeriodScorecard, request, async (call, token) =>
        {
            var catalog = catalogs.Catalog;
            var wanted = ApiInputs.Period(period);
            var peerGroup = ApiInputs.PeerGroup(catalog, call.Query("peerGroup"));
            if (call.Query("format") == SdmxCsvFormat)
            {
                return await FiguresAsSdmxCsvAsync(call, catalog, wanted, peerGroup, token).ConfigureAwait(false);
            }

            var xlsx = call.Query("format") == XlsxFormat;
            var csv = !xlsx && WantsCsv(call);
            var variant = new[] { "scorecard", xlsx ? XlsxFormat : csv ? "csv" : "json", peerGroup ?? string.Empty, xlsx ? call.Caller.Describe() : string.Empty };

            var version = await VersionAsync(catalog, wanted, token).ConfigureAwait(false);
            if (Unchanged(call, version, variant) is { } notModified)
            {
                return notModified;
            }

            var stored = await evaluations.GetScorecardAsync(catalog.Info.Id, wanted, token).ConfigureAwait(false) ?? throw NotEvaluated(wanted);
            var view = new PeriodScorecardView(
                catalog.Info.Id,
                stored.Version.CatalogVersion,
                wanted,
                stored.Version.EvaluatedAt,
                peerGroup,
                [.. stored.Regions
                    .Where(card => peerGroup is null || card.PeerGroup == peerGroup)
                    .Select(card => RegionScorecardView.Of(card, catalog.FindRegion(card.RegionCode)))]);
            if (xlsx)
            {
                return Cached(await WorkbookAsync(call, catalog, view, token).ConfigureAwait(false), EntityTags.For(stored.Version.ETag, variant));
            }

            var response = csv ? ApiResponse.Text(200, MediaTypes.Csv, ScorecardCsv.Write(view)) : ApiResponse.Ok(view);
            return Cached(response, EntityTags.For(stored.Version.ETag, variant));
        }, cancellationToken);

    public Task<ApiResponse> RankingAsync(ApiRequest request, string? period, string? indicator, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Ranking, request, async (call, token) =>
        {
            var catalog = catalogs.Catalog;
            var wanted = ApiInputs.Period(period);
            var ranked = ApiInputs.Indicator(catalog, indicator);
            var peerGroup = ApiInputs.PeerGroup(catalog, call.Query("peerGroup"));
            var variant = new[] { "ranking", ranked.Id, peerGroup ?? string.Empty };

            var version = await VersionAsync(catalog, wanted, token).ConfigureAwait(false);
            if (Unchanged(call, version, variant) is { } notModified)
            {
                return notModified;
            }

            var entries = await evaluations.GetRankingAsync(catalog.Info.Id, wanted, ranked.Id, token).ConfigureAwait(false);
            if (entries.Count == 0)
            {
                throw ApiProblemException.Of(404, ApiProblemCodes.NotFound, $"indicator '{ranked.Id}' was not ranked in {wanted}");
            }

            var view = new RankingView(
                catalog.Info.Id,
                wanted,
                ranked.Id,
                ranked.Direction,
                version.EvaluatedAt,
                [.. entries
                    .Select(e => (Entry: e, Region: catalog.FindRegion(e.RegionCode)))
                    .Where(e => peerGroup is null || e.Region?.PeerGroup == peerGroup)
                    .Select(e => new RankingEntryView(
                        e.Entry.Rank, e.Entry.RankOf, e.Entry.RegionCode, e.Region?.NameEn ?? e.Entry.RegionCode, e.Region?.NameZh ?? e.Entry.RegionCode,
                        e.Region?.PeerGroup, e.Entry.Value, e.Entry.PeerRank, e.Entry.PeerRankOf, e.Entry.RankChange, e.Entry.QualityMarked))]);
            return Cached(ApiResponse.Ok(view), EntityTags.For(version.ETag, variant));
        }, cancellationToken);

    public Task<ApiResponse> RegionScorecardAsync(ApiRequest request, string? code, string? period, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.RegionScorecard, request, async (call, token) =>
        {
            var catalog = catalogs.Catalog;
            var region = ApiInputs.Region(catalog, code);
            var wanted = ApiInputs.Period(period);
            var variant = new[] { "region", region.Code };

            var version = await VersionAsync(catalog, wanted, token).ConfigureAwait(false);
            if (Unchanged(call, version, variant) is { } notModified)
            {
                return notModified;
            }

            var card = await evaluations.GetRegionScorecardAsync(catalog.Info.Id, wanted, region.Code, token).ConfigureAwait(false)
                ?? throw ApiProblemException.Of(404, ApiProblemCodes.NotFound, $"region '{region.Code}' has no scorecard in {wanted} (only compared regions have one)");
            var document = new RegionScorecardDocument(catalog.Info.Id, version.CatalogVersion, wanted, version.EvaluatedAt, RegionScorecardView.Of(card, region));
            return Cached(ApiResponse.Ok(document), EntityTags.For(version.ETag, variant));
        }, cancellationToken);

    private async Task<ScorecardVersion> VersionAsync(Catalog catalog, Period period, CancellationToken cancellationToken) =>
        await evaluations.GetScorecardVersionAsync(catalog.Info.Id, period, cancellationToken).ConfigureAwait(false) ?? throw NotEvaluated(period);

    private static ApiResponse? Unchanged(ApiCall call, ScorecardVersion version, string[] variant)
    {
        var etag = EntityTags.For(version.ETag, variant);
        return EntityTags.Matches(call.Header("If-None-Match"), etag)
            ? ApiResponse.NotModified(etag).WithHeader("Cache-Control", CacheControl)
            : null;
    }

    /// <summary>
    /// The stored figures of the period (latest vintages) as SDMX-CSV 2.0, evaluated or not: what the province hands to
    /// anyone who speaks SDMX. Reading the file back into an empty store gives the same figures.
    /// </summary>
    private async Task<ApiResponse> FiguresAsSdmxCsvAsync(ApiCall call, Catalog catalog, Period period, string? peerGroup, CancellationToken cancellationToken)
    {
        if (!MediaTypes.Accepts(call.Header("Accept"), SdmxCsvMediaType))
        {
            throw ApiProblemException.Of(406, ApiProblemCodes.NotAcceptable, $"format {SdmxCsvFormat} is {SdmxCsvMediaType}, which the Accept header refuses");
        }

        var figures = (await observations.ReadPeriodAsync(catalog.Info.Id, period, cancellationToken).ConfigureAwait(false))
            .Where(f => peerGroup is null || catalog.FindRegion(f.RegionCode)?.PeerGroup == peerGroup)
            .ToList();
        if (figures.Count == 0)
        {
            throw ApiProblemException.Of(404, ApiProblemCodes.PeriodNotEvaluated, $"no figures are stored for {period}");
        }

        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Submissions.Sdmx.SdmxCsvWriter.Write(catalog, figures, text);
        return ApiResponse.Text(200, Submissions.Sdmx.SdmxCsvWriter.MediaType, text.ToString())
            .WithHeader("Content-Disposition", $"attachment; filename=\"{catalog.Info.Id}-{period}-figures.csv\"")
            .WithHeader("Cache-Control", CacheControl);
    }

    /// <summary>
    /// The league table, red lines and alerts as a workbook. Alerts are a region's private data: the sheet lists only
    /// the firing alerts of regions the caller may read (every region for province-wide roles).
    /// </summary>
    private async Task<ApiResponse> WorkbookAsync(ApiCall call, Catalog catalog, PeriodScorecardView view, CancellationToken cancellationToken)
    {
        if (!MediaTypes.Accepts(call.Header("Accept"), Spreadsheets.TemplateLayout.MediaType))
        {
            throw ApiProblemException.Of(406, ApiProblemCodes.NotAcceptable, $"format {XlsxFormat} is {Spreadsheets.TemplateLayout.MediaType}, which the Accept header refuses");
        }

        var firing = await alerts.ListAsync(catalog.Info.Id, Alerts.AlertCondition.Firing, cancellationToken: cancellationToken).ConfigureAwait(false);
        var shown = firing
            .Where(a => a.Episode.StartedPeriod <= view.Period && a.Episode.LastPeriod >= view.Period)
            .Where(a => call.Caller.SeesEveryRegion || call.Caller.CanReadRegion(catalog, a.Episode.Key.RegionCode))
            .ToList();
        using var workbook = new MemoryStream();
        Spreadsheets.ScorecardWorkbook.Write(catalog, view, shown, workbook);
        return new ApiResponse(200, Spreadsheets.TemplateLayout.MediaType, workbook.ToArray(), ApiResponse.NoHeaders)
            .WithHeader("Content-Disposition", $"attachment; filename=\"{catalog.Info.Id}-{view.Period}-scorecard.xlsx\"");
    }

    private const string XlsxFormat = "xlsx";
    private const string SdmxCsvFormat = "sdmx-csv";
    private const string SdmxCsvMediaType = "application/vnd.sdmx.data+csv";

    private static ApiResponse Cached(ApiResponse response, string etag) =>
        response.WithHeader("ETag", etag).WithHeader("Cache-Control", CacheControl).WithHeader("Vary", "Accept");

    /// <summary>CSV when <c>format=csv</c>, or when Accept names text/csv and not JSON; the chosen type must be acceptable.</summary>
    private static bool WantsCsv(ApiCall call)
    {
        var accept = call.Header("Accept");
        var csv = call.Query("format") switch
        {
            "csv" => true,
            "json" => false,
            _ => MediaTypes.Names(accept, MediaTypes.Csv) && !MediaTypes.Names(accept, MediaTypes.Json),
        };
        var produced = csv ? MediaTypes.Csv : MediaTypes.Json;
        if (!MediaTypes.Accepts(accept, produced))
        {
            throw ApiProblemException.Of(406, ApiProblemCodes.NotAcceptable, $"format {(csv ? "csv" : "json")} is {MediaTypes.Bare(produced)}, which the Accept header refuses");
        }

        return csv;
    }

    private static ApiProblemException NotEvaluated(Period period) =>
        ApiProblemException.Of(404, ApiProblemCodes.PeriodNotEvaluated, $"{period} has not been evaluated");
}
