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
    private readonly Dictionary<Period, PeriodIndex> _byPeriod;

    public ObservationSet(Catalog catalog, IEnumerable<Observation> observations)
    {
        _catalog = catalog;
        _vintages = observations
            .GroupBy(o => o.Key)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderBy(o => o.Vintage).ToImmutableArray());
        Periods = _vintages.Keys.Select(k => k.Period).Distinct().Order().ToImmutableArray();
        _byPeriod = PeriodIndex.Build(catalog, _vintages.Values);
        RevisedFigures = _vintages.Values.Where(v => v.Length > 1).ToImmutableArray();
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
        _byPeriod.TryGetValue(period, out var index) ? index.Observations : [];

    /// <summary>
    /// Current values of one indicator in one period by region code, derived indicators included (a reported
    /// figure wins over a derived one, as in <see cref="Value"/>). Built once for all periods, so comparing
    /// thousands of regions costs one lookup per indicator rather than one per region.
    /// </summary>
    public IReadOnlyDictionary<string, double> ValuesOf(string indicatorId, Period period) =>
        _byPeriod.TryGetValue(period, out var index) && index.Values.TryGetValue(indicatorId, out var values)
            ? values
            : EmptyValues;

    /// <summary>Every figure present in more than one vintage, each with its vintages oldest first.</summary>
    public ImmutableArray<ImmutableArray<Observation>> RevisedFigures { get; }

    private static readonly IReadOnlyDictionary<string, double> EmptyValues = new Dictionary<string, double>(StringComparer.Ordinal);

    private sealed class PeriodIndex
    {
        public List<Observation> Observations { get; } = [];

        public Dictionary<string, Dictionary<string, double>> Values { get; } = new(StringComparer.Ordinal);

        public static Dictionary<Period, PeriodIndex> Build(Catalog catalog, IEnumerable<ImmutableArray<Observation>> figures)
        {
            var byPeriod = new Dictionary<Period, PeriodIndex>();
            foreach (var figure in figures)
            {
                var latest = figure[^1];
                if (!byPeriod.TryGetValue(latest.Period, out var index))
                {
                    index = new PeriodIndex();
                    byPeriod.Add(latest.Period, index);
                }

                index.Observations.Add(latest);
                index.ValuesFor(latest.IndicatorId)[latest.RegionCode] = latest.Value;
            }

            var derived = catalog.Indicators.Where(i => i.Derivation is not null).ToList();
            foreach (var index in byPeriod.Values)
            {
                foreach (var indicator in derived)
                {
                    index.AddDerived(indicator.Id, indicator.Derivation!);
                }
            }

            return byPeriod;
        }

        private Dictionary<string, double> ValuesFor(string indicatorId)
        {
            if (!Values.TryGetValue(indicatorId, out var values))
            {
                values = new Dictionary<string, double>(StringComparer.Ordinal);
                Values.Add(indicatorId, values);
            }

            return values;
        }

        private void AddDerived(string indicatorId, Derivation derivation)
        {
            if (!Values.TryGetValue(derivation.NumeratorId, out var numerators)
                || !Values.TryGetValue(derivation.DenominatorId, out var denominators))
            {
                return;
            }

            foreach (var (region, numerator) in numerators)
            {
                if (denominators.TryGetValue(region, out var denominator) && denominator != 0)
                {
                    ValuesFor(indicatorId).TryAdd(region, numerator / denominator * derivation.Scale);
                }
            }
        }
    }
}
