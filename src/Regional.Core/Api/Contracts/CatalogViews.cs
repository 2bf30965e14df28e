using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Observations;

namespace Regional.Api.Contracts;

/// <summary>GET /api/regions: the catalog's regions, root first.</summary>
public sealed record RegionList(string CatalogId, string CatalogVersion, ImmutableArray<RegionView> Regions);

public sealed record RegionView(string Code, string NameEn, string NameZh, string Level, string? ParentCode, string? PeerGroup, bool Compared)
{
    public static RegionView Of(Region region, bool compared)
    {
        ArgumentNullException.ThrowIfNull(region);
        return new(region.Code, region.NameEn, region.NameZh, region.Level, region.ParentCode, region.PeerGroup, compared);
    }
}

/// <summary>GET /api/indicators: the indicators, and the red lines drawn on them (so that a board can show every line, "no data" included).</summary>
public sealed record IndicatorList(string CatalogId, string CatalogVersion, ImmutableArray<IndicatorView> Indicators, ImmutableArray<RedLineView> RedLines);

/// <summary>A red line of the catalog: its id (a finding's <c>ruleId</c>), names, the indicator it watches, its kind and severity.</summary>
public sealed record RedLineView(string Id, string NameEn, string NameZh, string IndicatorId, RedLineKind Kind, Severity Severity)
{
    public static RedLineView Of(RedLineRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule.Id, rule.NameEn, rule.NameZh, rule.IndicatorId, rule.Kind, rule.Severity);
    }
}

public sealed record IndicatorView(
    string Id,
    string NameEn,
    string NameZh,
    string Unit,
    Basis Basis,
    Direction Direction,
    double PlausibleMin,
    double PlausibleMax,
    Aggregation Aggregation,
    DerivationView? Derivation,
    string? UnitZh = null)
{
    public static IndicatorView Of(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new(
            indicator.Id, indicator.NameEn, indicator.NameZh, indicator.Unit, indicator.Basis, indicator.Direction,
            indicator.PlausibleMin, indicator.PlausibleMax, indicator.Aggregation,
            indicator.Derivation is { } d ? new DerivationView(d.NumeratorId, d.DenominatorId, d.Scale) : null,
            indicator.UnitZh ?? indicator.Unit);
    }
}

public sealed record DerivationView(string NumeratorId, string DenominatorId, double Scale);

/// <summary>
/// GET /api/catalog/targets/{year}: the annual target in force for every region and target indicator of the year.
/// <see cref="TargetView.SetFor"/> is the region the target was set for: the region itself, or the nearest ancestor
/// whose target it inherits. <see cref="Bands"/> are the catalog's growth bands, best first, that results name.
/// </summary>
public sealed record TargetList(int Year, string CatalogId, string CatalogVersion, ImmutableArray<TargetView> Targets, ImmutableArray<GrowthBandView> Bands);

/// <summary>A target as it was set: the figure, its qualifier and wording ("6.0%左右"), a range's upper end.</summary>
public sealed record TargetView(string RegionCode, string IndicatorId, double Value, string SetFor, string Source, string? Qualifier, double? Upper, string? WordingEn, string? WordingZh);

/// <summary>A growth band of the catalog: its name in results, its words in both languages, severity and edge.</summary>
public sealed record GrowthBandView(string Name, string NameEn, string NameZh, Severity Severity, Severity EscalatedSeverity, bool Lagging, double? From, Edge Edge)
{
    public static GrowthBandView Of(GrowthBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        return new(band.Name, band.NameEn, band.NameZh, band.Severity, band.EscalatedSeverity, band.Lagging, band.From, band.Edge);
    }
}
