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
    private static readonly IReadOnlyDictionary<string, double> EmptyValues = new Dictionary<string, double>(StringComparer.Ordinal);

    private readonly Catalog _catalog;
    private readonly FigureTable _figures;
    private readonly Dictionary<Period, PeriodValues> _byPeriod;

    public ObservationSet(Catalog catalog, IEnumerable<Observation> observations)
    {
        _catalog = catalog;
        _figures = new FigureTable(catalog, observations);

        _byPeriod = _figures.ReportedPeriods.ToDictionary(period => period, period => new PeriodValues(catalog, _figures, period));
        Periods = [.. _figures.ReportedPeriods.Order()];
        RevisedFigures = [.. _figures.Revised().Select(f => f.All)];
    }

    /// <summary>Every period that has at least one observation, ordered.</summary>
    public ImmutableArray<Period> Periods { get; }

    public int Count => _figures.Count;

    /// <summary>Every figure present in more than one vintage, each with its vintages oldest first.</summary>
    public ImmutableArray<ImmutableArray<Observation>> RevisedFigures { get; }

    /// <summary>The current observation (latest vintage) of a reported indicator.</summary>
    public Observation? Latest(string regionCode, string indicatorId, Period period) =>
        _figures.TryGet(regionCode, indicatorId, period, out var figure) ? figure.Latest : null;

    /// <summary>All vintages of a figure, oldest first (empty when never reported).</summary>
    public ImmutableArray<Observation> Vintages(string regionCode, string indicatorId, Period period) =>
        _figures.TryGet(regionCode, indicatorId, period, out var figure) ? figure.Vintages : [];

    /// <summary>
    /// The current value of an indicator: the latest vintage when reported, otherwise for a derived indicator
    /// <c>numerator / denominator × scale</c> when both parts are reported, the denominator is not zero and the quotient
    /// is a number the engine can compute with (<see cref="Finite.IsUsable"/>).
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

        return Finite.UsableOrNull(numerator.Value / denominator.Value * derivation.Scale);
    }

    /// <summary>Current observations of one period (latest vintage of each figure).</summary>
    public IEnumerable<Observation> ForPeriod(Period period) =>
        _byPeriod.TryGetValue(period, out var values) ? values.Observations : [];

    /// <summary>
    /// Current values of one indicator in one period by region code, derived indicators included (a reported
    /// figure wins over a derived one, as in <see cref="Value"/>). Indexed once per period and indicator, so
    /// comparing thousands of regions costs one lookup per indicator rather than one per region.
    /// </summary>
    public IReadOnlyDictionary<string, double> ValuesOf(string indicatorId, Period period) =>
        _byPeriod.TryGetValue(period, out var index) && index.ValuesOf(indicatorId) is { } values
            ? values
            : EmptyValues;
}
