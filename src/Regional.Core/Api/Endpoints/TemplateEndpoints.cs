using System.Collections.Immutable;
using Regional.Api.Http;
using Regional.Api.Routes;
using Regional.Catalogs;
using Regional.Pipeline;
using Regional.Spreadsheets;

namespace Regional.Api.Endpoints;

/// <summary>
/// GET /api/templates/{period}: the Excel reporting template generated from the catalog. A region-submitter gets the
/// regions it submits for and no other; province-viewer and administrator may ask for any region.
/// </summary>
public sealed class TemplateEndpoints(ICatalogProvider catalogs, ApiGate gate)
{
    public Task<ApiResponse> TemplateAsync(ApiRequest request, string? period, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.ReportingTemplate, request, (call, _) =>
        {
            var catalog = catalogs.Catalog;
            var wanted = ApiInputs.Period(period);
            var regions = Regions(call, catalog);
            using var workbook = new MemoryStream();
            TemplateWriter.Write(catalog, wanted, regions, workbook);
            var name = $"{catalog.Info.Id}-{wanted}-template.xlsx";
            var response = new ApiResponse(200, TemplateLayout.MediaType, workbook.ToArray(), ApiResponse.NoHeaders)
                .WithHeader("Content-Disposition", $"attachment; filename=\"{name}\"");
            return Task.FromResult(response);
        }, cancellationToken);

    private static ImmutableArray<Region> Regions(ApiCall call, Catalog catalog)
    {
        var asked = (call.Query("region") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var code in asked)
        {
            if (catalog.FindRegion(code) is null)
            {
                throw ApiProblemException.Of(400, ApiProblemCodes.InvalidRegionCode, $"region '{code}' is not a region of catalog {catalog.Info.Id} {catalog.Info.Version}");
            }
        }

        var own = catalog.Regions.Where(r => call.Caller.CanSubmitFor(catalog, r.Code)).ToImmutableArray();
        if (call.Caller.SeesEveryRegion)
        {
            return asked.Length > 0 ? [.. asked.Select(c => catalog.FindRegion(c)!)] : catalog.ComparedRegions;
        }

        if (asked.Length > 0)
        {
            var outside = asked.Where(c => !call.Caller.CanSubmitFor(catalog, c)).ToList();
            if (outside.Count > 0)
            {
                throw ApiCall.Forbidden($"the caller does not submit for {string.Join(", ", outside)}");
            }

            return [.. asked.Select(c => catalog.FindRegion(c)!)];
        }

        return own.IsEmpty ? throw ApiCall.Forbidden("the caller submits for no region: a template lists the regions its holder reports for") : own;
    }
}
