using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Engine;

/// <summary>
/// Every figure of an evaluation's input, by period, indicator and region, with its vintages. Figures of the catalog's
/// regions and indicators sit in one array per reported period and indicator, at the region's catalog position, so
/// indexing a million figures costs one small lookup each instead of hashing a composite key into a table of a
/// million entries; figures of anything the catalog does not name go to a dictionary. Each figure remembers when it
/// first arrived, so every listing keeps the input's order.
/// </summary>
internal sealed class FigureTable
{
    private readonly Dictionary<string, int> _regions;
    private readonly Dictionary<string, int> _indicators;
    private readonly Dictionary<Period, PeriodFigures> _periods = [];
    private readonly Dictionary<ObservationKey, int> _otherPositions = [];
    private readonly List<Figure> _others = [];
    private readonly Dictionary<(Period, string), List<int>> _othersByIndicator = [];

    // The input arrives grouped by period and indicator; remembering the last ones skips most lookups.
    private PeriodFigures? _lastPeriod;
    private string? _lastIndicatorId;
    private int _lastIndicator = -1;

    public FigureTable(Catalog catalog, IEnumerable<Observation> observations)
    {
        _regions = Positions(catalog.Regions.Select(r => r.Code));
        _indicators = Positions(catalog.Indicators.Select(i => i.Id));
        foreach (var observation in observations)
        {
            Add(observation);
        }
    }

    /// <summary>Number of distinct figures (region, indicator, period).</summary>
    public int Count { get; private set; }

    public IEnumerable<Period> ReportedPeriods => _periods.Keys;

    /// <summary>The figure of a region, indicator and period; false when it was never reported.</summary>
    public bool TryGet(string regionCode, string indicatorId, Period period, out Figure figure)
    {
        figure = default;
        if (!_periods.TryGetValue(period, out var figures))
        {
            return false;
        }

        if (_regions.TryGetValue(regionCode, out var region) && _indicators.TryGetValue(indicatorId, out var indicator))
        {
            var slab = figures.Slabs[indicator];
            if (slab is null || slab[region].Latest is null)
            {
                return false;
            }

            figure = slab[region];
            return true;
        }

        if (!_otherPositions.TryGetValue(new ObservationKey(regionCode, indicatorId, period), out var position))
        {
            return false;
        }

        figure = _others[position];
        return true;
    }

    /// <summary>Each figure of the period once, in the order the figures first arrived.</summary>
    public List<Figure> InArrivalOrder(Period period)
    {
        if (!_periods.TryGetValue(period, out var figures))
        {
            return [];
        }

        var result = new List<Figure>(figures.Arrivals.Count);
        foreach (var cell in figures.Arrivals)
        {
            result.Add(cell >= 0 ? figures.Slabs[cell / _regions.Count]![cell % _regions.Count] : _others[~cell]);
        }

        return result;
    }

    /// <summary>
    /// The current value of every region that reported the indicator in the period, by region code in the order the
    /// figures arrived; null when none did.
    /// </summary>
    public Dictionary<string, double>? CurrentValues(string indicatorId, Period period)
    {
        if (!_periods.TryGetValue(period, out var figures))
        {
            return null;
        }

        var found = new List<Figure>();
        if (_indicators.TryGetValue(indicatorId, out var indicator) && figures.Slabs[indicator] is { } slab)
        {
            foreach (var figure in slab)
            {
                if (figure.Latest is not null)
                {
                    found.Add(figure);
                }
            }
        }

        if (_othersByIndicator.TryGetValue((period, indicatorId), out var others))
        {
            found.AddRange(others.Select(position => _others[position]));
        }

        if (found.Count == 0)
        {
            return null;
        }

        // Figures usually arrive in the catalog's region order; sort only when they did not.
        if (!IsInArrivalOrder(found))
        {
            found.Sort((a, b) => a.Arrival.CompareTo(b.Arrival));
        }

        var values = new Dictionary<string, double>(found.Count, StringComparer.Ordinal);
        foreach (var figure in found)
        {
            values[figure.Latest.RegionCode] = figure.Latest.Value;
        }

        return values;
    }

    /// <summary>Every figure present in more than one vintage, in the order the figures first arrived.</summary>
    public List<Figure> Revised()
    {
        var revised = new List<Figure>();
        foreach (var figures in _periods.Values)
        {
            foreach (var slab in figures.Slabs)
            {
                foreach (var figure in slab ?? [])
                {
                    if (!figure.All.IsDefault)
                    {
                        revised.Add(figure);
                    }
                }
            }
        }

        revised.AddRange(_others.Where(f => !f.All.IsDefault));
        revised.Sort((a, b) => a.Arrival.CompareTo(b.Arrival));
        return revised;
    }

    private static bool IsInArrivalOrder(List<Figure> figures)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            if (figures[i - 1].Arrival > figures[i].Arrival)
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, int> Positions(IEnumerable<string> keys)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            positions.TryAdd(key, positions.Count);
        }

        return positions;
    }

    private void Add(Observation observation)
    {
        var figures = PeriodOf(observation.Period);
        if (_regions.TryGetValue(observation.RegionCode, out var region) && IndicatorOf(observation.IndicatorId) is var indicator and >= 0)
        {
            var slab = figures.Slabs[indicator] ??= new Figure[_regions.Count];
            ref var figure = ref slab[region];
            if (figure.Latest is null)
            {
                figure = new Figure(observation, default, Count++);
                figures.Arrivals.Add((indicator * _regions.Count) + region);
            }
            else
            {
                figure = figure.With(observation);
            }

            return;
        }

        ref var position = ref CollectionsMarshal.GetValueRefOrAddDefault(_otherPositions, observation.Key, out var exists);
        if (exists)
        {
            CollectionsMarshal.AsSpan(_others)[position] = _others[position].With(observation);
            return;
        }

        position = _others.Count;
        _others.Add(new Figure(observation, default, Count++));
        figures.Arrivals.Add(~position);
        ref var ofIndicator = ref CollectionsMarshal.GetValueRefOrAddDefault(_othersByIndicator, (observation.Period, observation.IndicatorId), out _);
        (ofIndicator ??= []).Add(position);
    }

    private PeriodFigures PeriodOf(Period period)
    {
        if (_lastPeriod is not null && _lastPeriod.Period == period)
        {
            return _lastPeriod;
        }

        ref var figures = ref CollectionsMarshal.GetValueRefOrAddDefault(_periods, period, out _);
        figures ??= new PeriodFigures(period, _indicators.Count);
        _lastPeriod = figures;
        return figures;
    }

    private int IndicatorOf(string indicatorId)
    {
        if (!ReferenceEquals(indicatorId, _lastIndicatorId) && !string.Equals(indicatorId, _lastIndicatorId, StringComparison.Ordinal))
        {
            _lastIndicatorId = indicatorId;
            _lastIndicator = _indicators.GetValueOrDefault(indicatorId, -1);
        }

        return _lastIndicator;
    }

    /// <summary>
    /// A figure's latest vintage; <see cref="All"/> holds every vintage, oldest first, only once there is more than one.
    /// <see cref="Arrival"/> counts the figures that arrived before it.
    /// </summary>
    internal readonly record struct Figure(Observation Latest, ImmutableArray<Observation> All, int Arrival)
    {
        public ImmutableArray<Observation> Vintages => All.IsDefault ? [Latest] : All;

        /// <summary>
        /// The figure with one more vintage, kept in vintage order; of equal vintages the later arrival counts as latest.
        /// </summary>
        public Figure With(Observation observation)
        {
            var vintages = Vintages;
            var at = vintages.Length;
            while (at > 0 && vintages[at - 1].Vintage > observation.Vintage)
            {
                at--;
            }

            vintages = vintages.Insert(at, observation);
            return new Figure(vintages[^1], vintages, Arrival);
        }
    }

    /// <summary>One period's figures: an array per indicator (by region position) and the cells in arrival order.</summary>
    private sealed class PeriodFigures(Period period, int indicatorCount)
    {
        public Period Period { get; } = period;

        public Figure[]?[] Slabs { get; } = new Figure[]?[indicatorCount];

        /// <summary>Cell numbers (indicator × regions + region), or the complement of a position among the others.</summary>
        public List<int> Arrivals { get; } = [];
    }
}
