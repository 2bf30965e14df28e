using System.Collections.Immutable;
using Regional.Observations;

namespace Regional.Catalogs.Loading;

/// <summary>
/// indicators.json: id, names, unit, basis, direction, plausible range, aggregation and, for derived indicators,
/// the derivation, and the optional hard range. Checks unique ids, min &lt; max, a hard range that contains the plausible
/// one, and derivations that name existing, non-derived indicators.
/// </summary>
internal static class IndicatorsReader
{
    public const string FileName = "indicators.json";

    /// <summary>The valid indicators; <paramref name="invalid"/> gets the ids of those whose definition has problems.</summary>
    public static ImmutableArray<Indicator> Read(JsonObjectReader root, ISet<string> invalid)
    {
        var indicators = new List<(Indicator Indicator, JsonObjectReader Item)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root.Objects("indicators", required: true))
        {
            var indicator = ReadOne(item, out var id);
            if (indicator is null)
            {
                if (id is not null)
                {
                    invalid.Add(id);
                }

                continue;
            }

            if (!ids.Add(indicator.Id))
            {
                item.Report("id", $"duplicate indicator id '{indicator.Id}'");
                continue;
            }

            indicators.Add((indicator, item));
        }

        var byId = indicators.ToDictionary(i => i.Indicator.Id, i => i.Indicator, StringComparer.Ordinal);
        foreach (var (indicator, item) in indicators)
        {
            CheckDerivation(indicator, item, byId, invalid);
        }

        root.ReportUnknownProperties();
        return [.. indicators.Select(i => i.Indicator)];
    }

    private static Indicator? ReadOne(JsonObjectReader item, out string? id)
    {
        id = item.String("id", required: true);
        var names = item.Names("names");
        var unit = item.String("unit", required: true);
        var unitZh = item.String("unitZh", required: false);
        var basis = item.Enum<Basis>("basis", required: true);
        var direction = item.Enum<Direction>("direction", required: true);
        var aggregation = item.Enum("aggregation", Aggregation.None);
        item.String("description", required: false);

        double? min = null;
        double? max = null;
        var range = item.Object("plausibleRange", required: true);
        if (range is not null)
        {
            min = range.Number("min", required: true);
            max = range.Number("max", required: true);
            range.ReportUnknownProperties();
            if (min is not null && max is not null && min >= max)
            {
                range.ReportHere($"plausible min ({min}) must be below max ({max})");
            }
        }

        double? hardMin = null;
        double? hardMax = null;
        var hard = item.Object("hardRange", required: false);
        if (hard is not null)
        {
            hardMin = hard.Number("min", required: true);
            hardMax = hard.Number("max", required: true);
            hard.ReportUnknownProperties();
            if (hardMin is not null && hardMax is not null && hardMin >= hardMax)
            {
                hard.ReportHere($"hard min ({hardMin}) must be below max ({hardMax})");
            }
            else if (hardMin > min || hardMax < max)
            {
                hard.ReportHere($"the hard range ({hardMin} to {hardMax}) must contain the plausible range ({min} to {max})");
            }
        }

        Derivation? derivation = null;
        var derived = item.Object("derivation", required: false);
        if (derived is not null)
        {
            var numerator = derived.String("numerator", required: true);
            var denominator = derived.String("denominator", required: true);
            var scale = derived.Number("scale", 1.0);
            derived.ReportUnknownProperties();
            if (scale == 0)
            {
                derived.Report("scale", "must not be zero");
            }

            if (numerator is not null && denominator is not null)
            {
                derivation = new Derivation(numerator, denominator, scale);
            }
        }

        item.ReportUnknownProperties();
        if (id is null || names is null || unit is null || basis is null || direction is null || min is null || max is null)
        {
            return null;
        }

        return new Indicator(
            id, names.Value.En, names.Value.Zh, unit, basis.Value, direction.Value, min.Value, max.Value, aggregation, derivation, unitZh,
            hardMin ?? double.NegativeInfinity, hardMax ?? double.PositiveInfinity);
    }

    /// <summary>What a reference to an indicator whose own definition failed says: it follows from that problem.</summary>
    public static string InvalidIndicator(string id) =>
        $"indicator '{id}' is defined in indicators.json but its definition has problems (reported there); this reference follows from them";

    private static void CheckDerivation(Indicator indicator, JsonObjectReader item, Dictionary<string, Indicator> byId, ISet<string> invalidIds)
    {
        if (indicator.Derivation is null)
        {
            return;
        }

        var path = item.PathOf("derivation");
        foreach (var (field, id) in new[] { ("numerator", indicator.Derivation.NumeratorId), ("denominator", indicator.Derivation.DenominatorId) })
        {
            var fieldPath = JsonObjectReader.Child(path, field);
            if (invalidIds.Contains(id))
            {
                item.Problems.Add(item.File, fieldPath, InvalidIndicator(id));
            }
            else if (!byId.TryGetValue(id, out var part))
            {
                item.Problems.Add(item.File, fieldPath, $"unknown indicator id '{id}' (not in indicators.json)");
            }
            else if (part!.Derivation is not null)
            {
                item.Problems.Add(item.File, fieldPath, $"'{id}' is itself derived: a derivation must use reported indicators");
            }
        }
    }
}
