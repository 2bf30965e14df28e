using System.Collections.Frozen;
using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Engine;

/// <summary>
/// An immutable index over observations of all vintages: the current (latest-vintage) value of each
/// (region, indicator, period), its earlier vintages, and derived indicators computed from the catalog.
/// </summary>
public sealed class ObservationSet
{
    private readonly Catalog _catalog;
    private readonly FrozenDictionary<ObservationKey, ImmutableArray<Observation>> _vintages;

    public ObservationSet(Catalog catalog, IEnumerable<Observation> observations)
    {
        _catalog = catalog;
        _vintages = observations
            .GroupBy(o => o.Key)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderBy(o => o.Vintage).ToImmutableArray());
        Periods = _vintages.Keys.Select(k => k.Period).Distinct().Order().ToImmutableArray();
    }

    /// <summary>Every period that has at least one observation, ordered.</summary>
    public ImmutableArray<Period> Periods { get; }

    public int Count => _vintages.Count;

    /// <summary>The current observation (latest vintage) of a reported indicator.</summary>
    public Observation? Latest(string regionCode, string indicatorId, Period period) =>
        _vintages.TryGetValue(new ObservationKey(regionCode, indicatorId, period), out var all) ? all[^1] : null;

    /// <summary>All vintages of a figure, oldest first (empty when never reported).</summary>
    public ImmutableArray<Observation> Vintages(string regionCode, string indicatorId, Period period) =>
        _vintages.TryGetValue(new ObservationKey(regionCode, indicatorId, period), out var all) ? all : [];

    /// <summary>
    /// The current value of an indicator: the latest vintage when reported, otherwise for a derived indicator
    /// <c>numerator / denominator × scale</c> when both parts are reported and the denominator is not zero.
    /// </summary>
    public double? Value(string regionCode, string indicatorId, Period period)
    {
        var reported = Latest(regionCode, indicatorId, period);
        if (reported is not null)
        {
            return reported.Value;
        }

        var derivation = _catalog.FindIndicator(indicatorId)?.Derivation;
        if (derivation is null)
        {
            return null;
        }

        var numerator = Latest(regionCode, derivation.NumeratorId, period)?.Value;
        var denominator = Latest(regionCode, derivation.DenominatorId, period)?.Value;
        if (numerator is null || denominator is null || denominator.Value == 0)
        {
            return null;
        }

        return numerator.Value / denominator.Value * derivation.Scale;
    }

    /// <summary>Current observations of one period (latest vintage of each figure).</summary>
    public IEnumerable<Observation> ForPeriod(Period period) =>
        _vintages.Where(kv => kv.Key.Period == period).Select(kv => kv.Value[^1]);
}
