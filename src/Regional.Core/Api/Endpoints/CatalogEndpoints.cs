using System.Collections.Immutable;
using System.Globalization;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Api.Routes;
using Regional.Pipeline;

namespace Regional.Api.Endpoints;

/// <summary>The catalog as dashboards need it: regions, indicators, and the targets in force in a year.</summary>
public sealed class CatalogEndpoints(ICatalogProvider catalogs, ApiGate gate)
{
    public Task<ApiResponse> RegionsAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Regions, request, (_, _) =>
        {
            var catalog = catalogs.Catalog;
            var compared = catalog.ComparedRegions.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
            var regions = catalog.Regions
                .OrderBy(r => r.ParentCode is null ? 0 : 1)
                .ThenBy(r => r.Code, StringComparer.Ordinal)
                .Select(r => RegionView.Of(r, compared.Contains(r.Code)));
            return Task.FromResult(ApiResponse.Ok(new RegionList(catalog.Info.Id, catalog.Info.Version, [.. regions])));
        }, cancellationToken);

    public Task<ApiResponse> IndicatorsAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Indicators, request, (_, _) =>
        {
            var catalog = catalogs.Catalog;
            return Task.FromResult(ApiResponse.Ok(new IndicatorList(catalog.Info.Id, catalog.Info.Version, [.. catalog.Indicators.Select(IndicatorView.Of)], [.. catalog.Rules.RedLines.Select(RedLineView.Of)])));
        }, cancellationToken);

    public Task<ApiResponse> TargetsAsync(ApiRequest request, string? year, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Targets, request, (_, _) =>
        {
            var catalog = catalogs.Catalog;
            var wanted = ApiInputs.Year(year);
            var indicators = catalog.Targets.Where(t => t.Year == wanted).Select(t => t.IndicatorId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var targets = ImmutableArray.CreateBuilder<TargetView>();
            foreach (var region in catalog.Regions.OrderBy(r => r.Code, StringComparer.Ordinal))
            {
                foreach (var indicator in indicators)
                {
                    if (catalog.FindTarget(wanted, region.Code, indicator) is { } target)
                    {
                        var qualifier = catalog.Rules.Targets.FindQualifier(target.Qualifier);
                        var value = target.Value.ToString("0.0", CultureInfo.InvariantCulture);
                        var upper = target.Upper?.ToString("0.0", CultureInfo.InvariantCulture) ?? value;
                        targets.Add(new TargetView(
                            region.Code,
                            indicator,
                            target.Value,
                            target.RegionCode,
                            target.Source,
                            target.Qualifier,
                            target.Upper,
                            qualifier is null ? null : string.Format(CultureInfo.InvariantCulture, qualifier.WordingEn, value, upper),
                            qualifier is null ? null : string.Format(CultureInfo.InvariantCulture, qualifier.WordingZh, value, upper)));
                    }
                }
            }

            var bands = catalog.Rules.Targets.BandSet.Select(GrowthBandView.Of).ToImmutableArray();
            return Task.FromResult(ApiResponse.Ok(new TargetList(wanted, catalog.Info.Id, catalog.Info.Version, targets.ToImmutable(), bands)));
        }, cancellationToken);
}
