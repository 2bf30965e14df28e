using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Engine;

/// <summary>
/// The current values of one period by indicator and region, each indicator's built on first use: an evaluation
/// reads every indicator of the evaluated period and the one before, but only a few indicators of earlier periods.
/// Derived indicators are computed together, in catalog order, the first time any of them is asked for, so a
/// derivation from another derived indicator sees exactly what it would see if the whole period were built at once.
/// </summary>
internal sealed class PeriodValues(Catalog catalog, FigureTable figures, Period period)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<string, double>?> _reported = new(StringComparer.Ordinal);
    private HashSet<string>? _derivedIds;
    private Dictionary<string, Dictionary<string, double>>? _derived;
    private List<Observation>? _observations;

    /// <summary>The period's current observations (latest vintage of each figure), in the order the figures arrived.</summary>
    public IReadOnlyList<Observation> Observations
    {
        get
        {
            lock (_gate)
            {
                return _observations ??= [.. figures.InArrivalOrder(period).Select(f => f.Latest)];
            }
        }
    }

    /// <summary>Values by region code in arrival order, derived values after reported ones; null when there are none.</summary>
    public Dictionary<string, double>? ValuesOf(string indicatorId)
    {
        lock (_gate)
        {
            _derivedIds ??= catalog.Indicators.Where(i => i.Derivation is not null).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            return _derivedIds.Contains(indicatorId)
                ? Derived().GetValueOrDefault(indicatorId) ?? Reported(indicatorId)
                : Reported(indicatorId);
        }
    }

    private Dictionary<string, double>? Reported(string indicatorId)
    {
        if (!_reported.TryGetValue(indicatorId, out var values))
        {
            values = figures.CurrentValues(indicatorId, period);
            _reported.Add(indicatorId, values);
        }

        return values;
    }

    /// <summary>
    /// Every derived indicator's values: its reported ones, then numerator / denominator × scale for each further
    /// region with both parts, a denominator other than zero and a quotient the engine can compute with. Only derived indicators are written to, on copies,
    /// so the reported values of other indicators stay as reported.
    /// </summary>
    private Dictionary<string, Dictionary<string, double>> Derived()
    {
        if (_derived is not null)
        {
            return _derived;
        }

        var derived = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var indicator in catalog.Indicators)
        {
            if (indicator.Derivation is not { } derivation)
            {
                continue;
            }

            var numerators = derived.GetValueOrDefault(derivation.NumeratorId) ?? Reported(derivation.NumeratorId);
            var denominators = derived.GetValueOrDefault(derivation.DenominatorId) ?? Reported(derivation.DenominatorId);
            if (numerators is null || denominators is null)
            {
                continue;
            }

            foreach (var (region, numerator) in numerators)
            {
                if (denominators.TryGetValue(region, out var denominator) && denominator != 0
                    && Finite.UsableOrNull(numerator / denominator * derivation.Scale) is { } quotient)
                {
                    Writable(derived, indicator.Id).TryAdd(region, quotient);
                }
            }
        }

        return _derived = derived;
    }

    private Dictionary<string, double> Writable(Dictionary<string, Dictionary<string, double>> derived, string indicatorId)
    {
        if (!derived.TryGetValue(indicatorId, out var values))
        {
            values = Reported(indicatorId) is { } reported
                ? new Dictionary<string, double>(reported, StringComparer.Ordinal)
                : new Dictionary<string, double>(StringComparer.Ordinal);
            derived.Add(indicatorId, values);
        }

        return values;
    }
}
