using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Engine.Quality;

/// <summary>What every quality check reads: the catalog, the evaluated period and the observations.</summary>
internal sealed class QualityContext
{
    public QualityContext(Catalog catalog, Period period, ObservationSet observations, bool deadlinePassed = false)
    {
        Catalog = catalog;
        Period = period;
        Observations = observations;
        DeadlinePassed = deadlinePassed;
        CheckedRegions = catalog.Regions;
    }

    public Catalog Catalog { get; }

    public Period Period { get; }

    public ObservationSet Observations { get; }

    /// <summary>The period's reporting deadline is over: what has not arrived by now is late, not merely pending.</summary>
    public bool DeadlinePassed { get; }

    /// <summary>Every region of the catalog, at every level: the province's own figures are checked like any city's.</summary>
    public ImmutableArray<Region> CheckedRegions { get; }

    public IReadOnlyDictionary<string, double> ValuesOf(string indicatorId) => Observations.ValuesOf(indicatorId, Period);

    public string IndicatorName(string indicatorId) => Catalog.FindIndicator(indicatorId)?.NameEn ?? indicatorId;

    public string RegionName(string regionCode) => Catalog.FindRegion(regionCode)?.NameEn ?? regionCode;

    public string IndicatorNameZh(string indicatorId) => Catalog.FindIndicator(indicatorId)?.NameZh ?? indicatorId;

    public string RegionNameZh(string regionCode) => Catalog.FindRegion(regionCode)?.NameZh ?? regionCode;

    /// <summary>The evaluated period in Chinese, spanned as the indicator's basis reads ("2025年1—9月" for year-to-date growth).</summary>
    public string SpanZh(string indicatorId) => ChineseText.Span(Period, Catalog.FindIndicator(indicatorId)?.Basis ?? Basis.Level);

    public string UnitZh(string indicatorId) => ChineseText.Unit(Catalog.FindIndicator(indicatorId));
}
